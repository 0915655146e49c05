"""Drawing and self-check kit for bench/heldout188 (one small canvas over reportlab or fpdf2, and --check).

Coordinates are points from the TOP-left corner; text is placed on its baseline in both producers.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "LibSans": FONT_DIR / "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": FONT_DIR / "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": FONT_DIR / "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": FONT_DIR / "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": FONT_DIR / "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": FONT_DIR / "liberation/LiberationSerif-Bold.ttf",
    "LibMono": FONT_DIR / "liberation/LiberationMono-Regular.ttf",
    "LibMono-B": FONT_DIR / "liberation/LiberationMono-Bold.ttf",
    "DVSans": FONT_DIR / "dejavu/DejaVuSans.ttf",
    "DVSans-B": FONT_DIR / "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": FONT_DIR / "dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": FONT_DIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": FONT_DIR / "dejavu/DejaVuSerif.ttf",
    "DVSerif-B": FONT_DIR / "dejavu/DejaVuSerif-Bold.ttf",
    "DVMono": FONT_DIR / "dejavu/DejaVuSansMono.ttf",
    "DVMono-B": FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf",
    "DVSerifCond": FONT_DIR / "dejavu/DejaVuSerifCondensed.ttf",
    "DVSerifCond-B": FONT_DIR / "dejavu/DejaVuSerifCondensed-Bold.ttf",
}
CORE_RL = {"Helvetica": "Helvetica", "Helvetica-B": "Helvetica-Bold", "Courier": "Courier",
           "Courier-B": "Courier-Bold", "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-B": ("helvetica", "B"), "Courier": ("courier", ""),
           "Courier-B": ("courier", "B"), "Times": ("times", ""), "Times-B": ("times", "B")}
LETTER = (612.0, 792.0)


class Canvas:
    """Minimal page canvas: text (left/right/centre), rules, boxes, shaded bands, page breaks."""

    def __init__(self, producer: str, path: Path, landscape: bool = False, when=None):
        self.producer = producer
        self.path = path
        self.w, self.h = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 1
        self.fname, self.fsize = "Helvetica", 9.0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen.canvas import Canvas as RC
            self._pm = pdfmetrics
            for k, p in TTF.items():
                if k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, str(p)))
            self.c = RC(str(path), pagesize=(self.w, self.h), invariant=1)
        else:
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=(self.w, self.h))
            if when is not None:
                self.c.set_creation_date(when)
            self.c.set_auto_page_break(False)
            self._added: set[str] = set()
            self.c.add_page()
        self.font("Helvetica", 9)

    def font(self, name: str, size: float) -> None:
        self.fname, self.fsize = name, size
        if self.producer == "reportlab":
            self.c.setFont(CORE_RL.get(name, name), size)
        else:
            if name in CORE_FP:
                fam, st = CORE_FP[name]
                self.c.set_font(fam, st, size)
            else:
                if name not in self._added:
                    self.c.add_font(name, "", str(TTF[name]))
                    self._added.add(name)
                self.c.set_font(name, "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, CORE_RL.get(self.fname, self.fname), self.fsize)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
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

    def hline(self, x1: float, x2: float, y: float, wd: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(wd)
            self.c.line(x1, self.h - y, x2, self.h - y)
        else:
            self.c.set_line_width(wd)
            self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, wd: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(wd)
            self.c.line(x, self.h - y1, x, self.h - y2)
        else:
            self.c.set_line_width(wd)
            self.c.line(x, y1, x, y2)

    def box(self, x: float, y: float, w: float, h: float, gray: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            if gray is not None:
                self.c.setFillGray(gray)
            self.c.rect(x, self.h - y - h, w, h, fill=1 if gray is not None else 0, stroke=1 if stroke else 0)
            self.c.setFillGray(0)
        else:
            if gray is not None:
                g = int(gray * 255)
                self.c.set_fill_color(g, g, g)
            style = ("DF" if stroke else "F") if gray is not None else "D"
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(0, 0, 0)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.font(self.fname, self.fsize)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))


class Table:
    """Columns as (key, x, align); right-aligned columns are placed at their right edge x."""

    def __init__(self, cv: Canvas, cols: list[tuple[str, float, str]]):
        self.cv = cv
        self.cols = cols

    def row(self, y: float, values: dict) -> None:
        for key, x, al in self.cols:
            v = values.get(key)
            if v:
                self.cv.text(x, y, str(v), al)


# ------------------------------------------------------------------------------------------- self-check

_MONEY = re.compile(r"^\(?-?\$?-?[0-9][0-9,]*\.[0-9]{1,3}-?\)?$")


def _num(tok: str) -> Decimal | None:
    t = tok.strip(",;:*")
    if not _MONEY.match(t) and not re.fullmatch(r"[0-9]+", t):
        return None
    neg = t.startswith("(") or t.endswith("-") or t.startswith("-") or t.startswith("$-")
    t = t.strip("()$-").replace("$", "").replace(",", "")
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    return -d if neg else d


def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list] = []
    for w in words:
        if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(ws, key=lambda a: a["x0"])) for _, ws in rows]


def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            d.strftime("%m-%d-%Y"), d.strftime("%d-%b-%Y").upper(), d.strftime("%m/%d"), f"{d.month}/{d.day}/{d:%y}",
            d.strftime("%Y-%m-%d"), f"{d:%b} {d.day:02d}, {d.year}", d.strftime("%m-%d-%y")]


def check_file(pdf: Path) -> list[str]:
    import pdfplumber
    t = json.loads(Path(str(pdf) + ".truth.json").read_text())
    errs: list[str] = []
    with pdfplumber.open(str(pdf)) as doc:
        if len(doc.pages) != t["pages"]:
            errs.append(f"pages {len(doc.pages)} != {t['pages']}")
        prow = [_rows(p) for p in doc.pages]
    alltext = "\n".join("\n".join(r) for r in prow)
    flat = re.sub(r"\s+", " ", alltext)
    for i, ln in enumerate(t["lines"]):
        rows = prow[ln["page"] - 1]
        want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                         "coinsurance", "not_covered", "discount") if ln[k] is not None]
        want += [Decimal(a[2]) for a in ln["adjustments"] if a[2] is not None]
        ok = False
        for r in rows:
            if ln["code"] and ln["code"] not in r:
                continue
            if any(m not in r for m in ln["modifiers"]):
                continue
            nums = [n for n in (_num(x) for x in r.replace("(", " (").split()) if n is not None]
            if any(w not in nums for w in want):
                continue
            if ln["units"] is not None and Decimal(ln["units"]) not in nums:
                continue
            if any(rm not in r for rm in ln["remarks"]):
                continue
            ok = True
            break
        if not ok:
            errs.append(f"line {i} ({ln['code']} {ln['service_date']} p{ln['page']}): not found on one row")
        pg = "\n".join(rows)
        if not any(f in pg for f in _date_forms(ln["service_date"])):
            errs.append(f"line {i}: service date {ln['service_date']} not on page")
        if ln["service_end"] and not any(f in pg for f in _date_forms(ln["service_end"])):
            errs.append(f"line {i}: service end not on page")
        for g, rc, _ in ln["adjustments"]:
            if not re.search(rf"{g}\s?-?\s?{rc}\b", pg):
                errs.append(f"line {i}: adjustment {g}{rc} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in flat:
                errs.append(f"line {i}: {k} {ln[k]!r} not in document")
        if ln["description"] and ln["description"] not in flat:
            errs.append(f"line {i}: description {ln['description']!r} not in document text")
        # the line's own arithmetic
        b, al, pd = (Decimal(ln[k]) if ln[k] is not None else None for k in ("billed", "allowed", "paid"))
        if b is not None and al is not None and ln["discount"] is not None and ln["not_covered"] is not None:
            if b - Decimal(ln["discount"]) - Decimal(ln["not_covered"]) != al:
                errs.append(f"line {i}: billed - discount - not covered != allowed")
        if al is not None and pd is not None and all(ln[k] is not None for k in ("deductible", "copay", "coinsurance")):
            if al - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - Decimal(ln["coinsurance"]) != pd and \
                    not ln.get("_other"):
                if not any(a[1] == "253" for a in ln["adjustments"]):
                    errs.append(f"line {i}: allowed - cost share != paid")
        if b is not None and pd is not None and ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]):
            if b - sum(Decimal(a[2]) for a in ln["adjustments"]) != pd:
                errs.append(f"line {i}: billed - adjustments {b} != paid {pd}")
    found = set()
    for c in t["claims"]:
        lines = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                 c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not lines:
            errs.append(f"claim {c} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in lines if ln[k] is not None), Decimal("0.00"))
            if s != Decimal(v):
                if not any(c["payer_claim_id"] and c["payer_claim_id"] in f and k in f.lower().replace(" ", "_")
                           or v in f for f in t["expected_findings"]):
                    errs.append(f"claim {c['claim_id']}: total {k} {v} != lines {s}")
                else:
                    found.add(v)
            fv = f"{Decimal(v).copy_abs():,.2f}"
            if fv not in alltext and fv.replace(",", "") not in alltext:
                errs.append(f"claim {c['claim_id']}: total {k} {v} not printed")
    for f in t["expected_findings"]:
        if not any(v in f for v in found):
            errs.append(f"expected finding not really planted: {f}")
    return errs


def spans_pages(t: dict) -> bool:
    by: dict = {}
    for ln in t["lines"]:
        by.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
    return any(len(v) > 1 for v in by.values())
