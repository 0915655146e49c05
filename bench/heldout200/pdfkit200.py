"""Small drawing layer for the set-200 factory: one API over reportlab and fpdf2 (points, y measured
from the top of the page), plus the text-layer self-check. Not part of eobreader."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen as G  # noqa: E402

TTF = "/usr/share/fonts/truetype/"
FONTS = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavumono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
CORE_RL = {"helvetica": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}


class Doc:
    """font(kind, size, bold) / text(x, y, s, align) / hline / vline / rect / new_page / close."""

    def __init__(self, producer: str, path: Path, family: str, landscape: bool = False, title: str = "EOB"):
        self.producer, self.path, self.family = producer, Path(path), family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        self.size = 9.0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if family in CORE_RL:
                self.fn = CORE_RL[family]
            else:
                names = []
                for i, f in enumerate(FONTS[family]):
                    n = f"{family}{i}"
                    if n not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(n, TTF + f))
                    names.append(n)
                self.fn = tuple(names)
            self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("synthetic")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(G.FIXED_WHEN)
            self.c.set_title(title)
            if family in ("helvetica", "times", "courier"):
                self.fn = (family, family)
            else:
                self.c.add_font(family, "", TTF + FONTS[family][0])
                self.c.add_font(family, "B", TTF + FONTS[family][1])
                self.fn = (family, family)
        self.bold = False
        self.new_page()

    def new_page(self) -> int:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1
        self.font(self.size, self.bold)
        return self.pages

    def font(self, size: float, bold: bool = False) -> None:
        self.size, self.bold = size, bold
        if self.producer == "reportlab":
            self.c.setFont(self.fn[1 if bold else 0], size)
        else:
            self.c.set_font(self.fn[0], "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fn[1 if self.bold else 0], self.size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "L") -> None:
        if not s:
            return
        w = self.width(s)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, gray: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            if gray is not None:
                self.c.setFillGray(gray)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if gray is not None else 0)
            self.c.setFillGray(0)
        else:
            style = ("DF" if stroke else "F") if gray is not None else "D"
            if gray is not None:
                self.c.set_fill_color(int(gray * 255))
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(0)

    def close(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.pages


# ---------------------------------------------------------------------------------------------- check

def _ns(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_file(pdf: Path, fm, df, uf=G.units_str, sep_lines: bool = False) -> list[str]:
    """Self-check one written PDF against its truth file. fm: money formatter used on service rows;
    df: date formatter; uf: units formatter. Returns a list of problems."""
    import pdfplumber
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(pdf) as p:
        pages = [pg.extract_text() or "" for pg in p.pages]
    if len(pages) != truth["pages"]:
        errs.append(f"pages {len(pages)} != {truth['pages']}")
    doc = _ns("\n".join(pages))
    for i, ln in enumerate(truth["lines"]):
        if ln["page"] > len(pages):
            errs.append(f"line {i}: page {ln['page']} missing")
            continue
        ptxt = pages[ln["page"] - 1]
        rows = [_ns(r) for r in ptxt.splitlines()]
        need = []
        if ln["code"]:
            need.append(ln["code"])
        need += ln["modifiers"]
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None:
                need.append(_ns(fm(Decimal(ln[k]))))
        if ln["units"] is not None:
            need.append(uf(Decimal(ln["units"])))
        if not any(all(_ns(t) in r for t in need) for r in rows):
            errs.append(f"line {i} p{ln['page']}: no single text row holds {need}")
        from datetime import date
        if _ns(df(date.fromisoformat(ln["service_date"]))) not in _ns(ptxt):
            errs.append(f"line {i}: date {ln['service_date']} not on page")
        if ln["service_end"] and _ns(df(date.fromisoformat(ln["service_end"]))) not in _ns(ptxt):
            errs.append(f"line {i}: end date not on page")
        for r in ln["remarks"]:
            if r not in ptxt:
                errs.append(f"line {i}: remark {r} not on page")
        for g, c, a in ln["adjustments"]:
            if g not in ptxt or c not in ptxt:
                errs.append(f"line {i}: adj {g} {c} not on page")
            if a is not None and _ns(fm(Decimal(a))) not in _ns(ptxt):
                errs.append(f"line {i}: adj amount {a} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and _ns(ln[k]) not in doc:
                errs.append(f"line {i}: {k} {ln[k]} not in document")
        D = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
        if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and D("billed") is not None \
                and D("paid") is not None:
            if D("billed") - sum(Decimal(a) for _, _, a in ln["adjustments"]) != D("paid"):
                errs.append(f"line {i}: billed - adjustments != paid")
        if D("allowed") is not None and D("paid") is not None and all(
                D(k) is not None for k in ("deductible", "copay", "coinsurance")):
            if D("allowed") - D("deductible") - D("copay") - D("coinsurance") != D("paid"):
                errs.append(f"line {i}: allowed - cost share != paid")
        if all(D(k) is not None for k in ("billed", "discount", "not_covered", "allowed")):
            if D("billed") - D("discount") - D("not_covered") != D("allowed"):
                errs.append(f"line {i}: billed - discount - not covered != allowed")
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"claim {key} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if _ns(fm(Decimal(v))) not in doc and _ns(G.money(Decimal(v))) not in doc:
                errs.append(f"claim {key} total {k} {v} not printed")
            if all(ln[k] is None for ln in mine):
                continue  # a claim-level figure only (e.g. PT RESP): no line prints it
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
            cid = c["payer_claim_id"] or c["claim_id"] or "~"
            planted = any(cid in f and v in f and str(s) in f for f in truth["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {key} total {k}: printed {v} lines {s} planted={planted}")
    return errs
