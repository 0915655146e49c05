"""Drawing and self-check helpers for make_heldout136_pdfs.py (set 136). Tests the factory, never the reader."""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSansB": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerifB": "liberation2/LiberationSerif-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMonoB": "liberation/LiberationMono-Bold.ttf",
    "DjSans": "dejavu/DejaVuSans.ttf", "DjSansB": "dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "dejavu/DejaVuSansCondensed.ttf", "DjCondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerif": "dejavu/DejaVuSerif.ttf", "DjSerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "DjSerifCond": "dejavu/DejaVuSerifCondensed.ttf", "DjSerifCondB": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DjMono": "dejavu/DejaVuSansMono.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


class Canvas:
    """A tiny common surface over reportlab and fpdf2; y is measured from the top of the page."""

    def __init__(self, path: Path, producer: str, size: tuple[float, float], fonts: list[str], when):
        self.producer, self.w, self.h = producer, size[0], size[1]
        self.pages = 1
        self.cur = None
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self.pm = pdfmetrics
            for f in fonts:
                if f not in CORE:
                    try:
                        pdfmetrics.getFont(f)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(f, FONTDIR + TTF[f]))
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
            self.c.setAuthor("synthetic")
        else:
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=size)
            self.c.set_creation_date(when)
            self.c.set_auto_page_break(False)
            for f in fonts:
                if f not in CORE:
                    self.c.add_font(f, "", FONTDIR + TTF[f])
            self.c.add_page()
        self.path = path

    def _fp(self, name):
        m = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
             "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}
        return m.get(name, (name, ""))

    def font(self, name: str, size: float):
        self.cur = (name, size)
        if self.producer == "reportlab":
            self.c.setFont(name, size)
        else:
            fam, st = self._fp(name)
            self.c.set_font(fam, st, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, *self.cur)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l"):
        if not s:
            return
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.h - y, s)
        else:
            self.c.text(x, y, s)

    def line(self, x1, y1, x2, y2, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x1, self.h - y1, x2, self.h - y2)
        else:
            self.c.set_line_width(lw)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.h - y - h, w, h, stroke=int(stroke), fill=int(fill is not None))
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            style = ("F" if fill is not None else "") + ("D" if stroke else "")
            self.c.rect(x, y, w, h, style=style or "D")
            self.c.set_fill_color(0, 0, 0)

    def newpage(self):
        self.pages += 1
        if self.producer == "reportlab":
            self.c.showPage()
            if self.cur:
                self.c.setFont(*self.cur)
        else:
            self.c.add_page()

    def close(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.pages


def wrap(cv: Canvas, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and cv.width(t) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------- check

MONEY_RE = re.compile(r"(?<![\w.])(\(?-?\$?\d{1,3}(?:,\d{3})*\.\d{2}\)?-?|\(?-?\$?\d+\.\d{2}\)?-?)(?![\d])")


def nums(s: str) -> list[Decimal]:
    out = []
    for m in MONEY_RE.finditer(s):
        t = m.group(1)
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.startswith("(-")
        v = Decimal(t.strip("()-$").replace("$", "").replace(",", "").lstrip("-"))
        out.append(-v if neg and v else v)
    return out


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            words.sort(key=lambda w: (round(w["top"]), w["x0"]))
            rows: list[list[dict]] = []
            for w in sorted(words, key=lambda w: w["top"]):
                if rows and abs(rows[-1][0]["top"] - w["top"]) < 2.5:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            pages.append([" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for r in rows])
    return pages


def _units_ok(line: str, units: str) -> bool:
    u = Decimal(units)
    stripped = MONEY_RE.sub(" ", line)
    for tok in re.split(r"[\s,;]+", stripped):
        tok = re.sub(r"^(x|X|×|Qty:?|Units:?|qty)", "", tok).strip("()")
        if not tok or not re.fullmatch(r"\d+(\.\d+)?", tok):
            continue
        try:
            if Decimal(tok) == u:
                return True
        except InvalidOperation:
            pass
    return False


def _date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m-%d-%Y"),
            d.strftime("%m%d%y"), d.strftime("%m%d"), f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%y"), f"{d:%b} {d.day:02d}",
            f"{d.day} {d:%b} {d.year}", f"{d.month}/{d.day}/{d:%y}", d.strftime("%m.%d.%y")]


def check_one(pdf_path: Path) -> list[str]:
    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    probs = []
    pages = page_lines(pdf_path)
    if len(pages) != t["pages"]:
        probs.append(f"page count {len(pages)} != {t['pages']}")
    doc = "\n".join("\n".join(p) for p in pages)
    docsq = re.sub(r"\s+", " ", doc)
    used = set()
    for n, ln in enumerate(t["lines"]):
        pi = ln["page"] - 1
        if pi >= len(pages):
            probs.append(f"line {n}: page {ln['page']} missing")
            continue
        lines = pages[pi]
        need = Counter()
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln.get(k) is not None:
                need[Decimal(ln[k])] += 1
        found = None
        for i, txt in enumerate(lines):
            if (pi, i) in used:
                continue
            if ln["code"] and ln["code"] not in txt:
                continue
            have = Counter(nums(txt))
            if any(have[k] < v for k, v in need.items()):
                continue
            if ln["units"] is not None and not _units_ok(txt, ln["units"]):
                continue
            if any(not re.search(rf"(?<![A-Z]){m}(?![A-Z])", txt) for m in ln["modifiers"]):
                continue
            win = " ".join(lines[i:i + 4])
            ok = True
            for g, r, a in ln["adjustments"]:
                if not re.search(rf"{g}\W{{0,2}}{r}(?!\d)", win) or (a is not None and Decimal(a) not in nums(win)):
                    ok = False
            for r in ln["remarks"]:
                if not re.search(rf"(?<![\w]){re.escape(r)}(?![\w])", win):
                    ok = False
            if not ok:
                continue
            found = i
            break
        if found is None:
            probs.append(f"line {n} ({ln['code']} {ln['service_date']}) not found on page {ln['page']}")
            continue
        used.add((pi, found))
        ptxt = "\n".join(lines)
        for key in ("service_date", "service_end"):
            if ln[key] and not any(f in ptxt for f in _date_forms(ln[key])):
                probs.append(f"line {n}: date {ln[key]} not on page")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in docsq:
                probs.append(f"line {n}: {key} {ln[key]!r} not in document")
        adj = ln["adjustments"]
        if adj and ln["billed"] is not None and ln["paid"] is not None and all(a[2] is not None for a in adj):
            if Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in adj) != Decimal(ln["paid"]):
                probs.append(f"line {n}: billed - adjustments != paid")
    allnums = Counter(nums(doc))
    for c in t["claims"]:
        for key in ("claim_id", "payer_claim_id", "patient"):
            if c[key] and c[key] not in docsq:
                probs.append(f"claim {c}: {key} not in document")
        lines = [x for x in t["lines"] if x["payer_claim_id"] == c["payer_claim_id"] and x["claim_id"] == c["claim_id"]
                 and x["patient"] == c["patient"]]
        if not lines:
            probs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
        key = c["payer_claim_id"] or c["claim_id"]
        planted_any = any(key in f for f in t["expected_findings"])
        mism = False
        for k, v in c["totals"].items():
            if v is None:
                continue
            if allnums[Decimal(v)] < 1:
                probs.append(f"claim {c['claim_id']} total {k} {v} not printed")
            vals = [x[k] for x in lines]
            if not vals or None in vals:
                continue
            s = sum(Decimal(x) for x in vals)
            key = c["payer_claim_id"] or c["claim_id"]
            planted = any(key in f for f in t["expected_findings"])
            if s != Decimal(v):
                mism = True
                if not planted:
                    probs.append(f"claim {key} total {k} {v} vs lines {s} (not planted)")
        if planted_any and not mism:
            probs.append(f"claim {c['claim_id']}: planted mismatch does not mismatch")
    return probs
