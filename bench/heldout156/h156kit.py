"""Helpers for bench/heldout156: one drawing surface over two PDF producers, and the factory self-check."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}


class Surface:
    """Top-left origin, points; y is the text baseline."""

    def __init__(self, path: Path, producer: str, landscape: bool = False) -> None:
        self.path, self.producer = Path(path), producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        self.font, self.size = "Helvetica", 9.0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            self.c.setAuthor("eobreader heldout156")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(FIXED_WHEN)
            self._fp_fonts: set[str] = set()

    def _rl_font(self, name: str) -> str:
        if name in CORE:
            return name
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, TTF[name]))
        return name

    def _fp_set(self, name: str, size: float) -> None:
        if name in CORE:
            fam, _, sty = name.partition("-")
            fam = {"Times": "Times", "Helvetica": "Helvetica", "Courier": "Courier"}[fam]
            self.c.set_font(fam, "B" if sty == "Bold" else "", size)
            return
        if name not in self._fp_fonts:
            self.c.add_font(name, "", TTF[name])
            self._fp_fonts.add(name)
        self.c.set_font(name, "", size)

    def new_page(self) -> int:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1
        return self.pages

    def set(self, font: str, size: float) -> None:
        self.font, self.size = font, size

    def width(self, s: str, font: str | None = None, size: float | None = None) -> float:
        font, size = font or self.font, size or self.size
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, self._rl_font(font), size)
        self._fp_set(font, size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, font: str | None = None, size: float | None = None,
             align: str = "l", gray: float = 0.0) -> None:
        font, size = font or self.font, size or self.size
        if not s:
            return
        w = self.width(s, font, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFont(self._rl_font(font), size)
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self._fp_set(font, size)
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            self.c.set_line_width(w)
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            self.c.line(x1, y1, x2, y2)
            self.c.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        """(x, y) is the TOP-left corner."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("DF" if stroke else "F") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=style)

    def close(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.pages


# ------------------------------------------------------------------------------------------ self-check

_NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?-?(?:CR)?")


def _nums(text: str) -> set[Decimal]:
    out: set[Decimal] = set()
    for m in _NUM.finditer(text):
        t = m.group(0)
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.endswith("CR") or t.startswith("(-")
        body = re.sub(r"[^\d.]", "", t)
        if not body or body == ".":
            continue
        try:
            v = Decimal(body)
        except Exception:
            continue
        out.add(-v if neg else v)
        out.add(v if not neg else -v)
    return out


def _date_forms(d: date) -> list[str]:
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m%d%y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", d.strftime("%m-%d-%Y"),
            d.strftime("%d-%b-%Y").upper(), d.strftime("%d %b %Y"), d.strftime("%m%d%Y")]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def page_rows(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    rows = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            rows.append([_norm(x) for x in (p.extract_text(x_tolerance=1.5, y_tolerance=2) or "").splitlines()])
    return rows


def check_file(pdf_path: Path, full_adjustments: bool, commercial_math: bool) -> list[str]:
    errs: list[str] = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    rows = page_rows(pdf_path)
    name = pdf_path.name
    if len(rows) != truth["pages"]:
        errs.append(f"{name}: pages {len(rows)} != {truth['pages']}")
    doc = _norm(" ".join(" ".join(r) for r in rows))
    if truth["pages"] < 1 or not truth["lines"]:
        errs.append(f"{name}: empty truth")
    for i, ln in enumerate(truth["lines"]):
        tag = f"{name} line {i} ({ln['code']} {ln['service_date']})"
        prow = rows[ln["page"] - 1] if ln["page"] <= len(rows) else []
        amts = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                          "coinsurance", "not_covered", "discount") if ln.get(k) is not None]
        cands = []
        for j, r in enumerate(prow):
            if ln["code"] and not re.search(r"(?<![0-9A-Z])" + re.escape(ln["code"]), r):
                continue
            if not all(m in r for m in ln["modifiers"]):
                continue
            ns = _nums(r)
            if not all(a in ns for a in amts):
                continue
            if ln["units"] is not None and Decimal(ln["units"]) not in ns:
                continue
            cands.append(j)
        if not cands:
            errs.append(f"{tag}: no row on page {ln['page']} carries code/mods/units/amounts together")
            continue
        ok_adj = False
        for j in cands:
            win = " ".join(prow[j:j + 5])
            wn = _nums(win)
            good = all(g in win and rc in win and (a is None or Decimal(a) in wn) for g, rc, a in ln["adjustments"])
            good = good and all(rm in win for rm in ln["remarks"])
            if good:
                ok_adj = True
                break
        if not ok_adj:
            errs.append(f"{tag}: adjustments/remarks not next to the row")
        sd = date.fromisoformat(ln["service_date"])
        ptxt = " ".join(prow)
        if not any(f in ptxt for f in _date_forms(sd)) and sd.strftime("%m%d") not in ptxt:
            errs.append(f"{tag}: service date not on page")
        if ln["service_end"]:
            ed = date.fromisoformat(ln["service_end"])
            if not any(f in ptxt for f in _date_forms(ed)):
                errs.append(f"{tag}: service end not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and _norm(ln[k]) not in doc:
                errs.append(f"{tag}: {k} {ln[k]!r} not in text")
        if ln["description"] and _norm(ln["description"])[:18] not in doc:
            errs.append(f"{tag}: description not in text")
        # arithmetic of the document
        D = lambda k: Decimal(ln[k]) if ln.get(k) is not None else Decimal("0")  # noqa: E731
        if full_adjustments and ln["billed"] is not None and ln["paid"] is not None:
            adj = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal("0"))
            if D("billed") - adj != D("paid"):
                errs.append(f"{tag}: billed - adjustments != paid")
        if commercial_math and ln["allowed"] is not None and ln["paid"] is not None:
            if D("allowed") - D("deductible") - D("copay") - D("coinsurance") != D("paid"):
                errs.append(f"{tag}: allowed - patient shares != paid")
            if ln["discount"] is not None and D("billed") - D("discount") - D("not_covered") != D("allowed"):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
    findings = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"])
                == (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"{name}: claim {c} has no lines")
            continue
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
            planted = (c["payer_claim_id"] or c["claim_id"] or "") in findings and k in findings
            if (s != Decimal(v)) != planted:
                errs.append(f"{name}: claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} vs lines {s}")
            if Decimal(v) not in _nums(doc):
                errs.append(f"{name}: claim total {k} {v} not printed")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if c[k] and _norm(c[k]) not in doc:
                errs.append(f"{name}: claim {k} {c[k]!r} not in text")
    return errs
