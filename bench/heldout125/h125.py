"""Drawing shim (reportlab / fpdf2 behind one small API) and the factory self-check for set 125."""
from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DVSerifC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
}
RL_CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}
FP_CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
           "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}


class Doc:
    """Top-left origin, points. y is the text baseline."""

    def __init__(self, producer: str, path: Path, landscape: bool = False, title: str = ""):
        self.producer, self.path = producer, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        self._reg: set[str] = set()
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
        else:
            from fpdf import FPDF
            from datetime import datetime, UTC
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_auto_page_break(False)
            self.f.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
            self.f.set_title(title)
        self.new_page()

    def _font(self, font: str, size: float):
        if self.producer == "reportlab":
            if font not in RL_CORE and font not in self._reg:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                pdfmetrics.registerFont(TTFont(font, FONTDIR + TTF[font]))
                self._reg.add(font)
            self.c.setFont(font, size)
        else:
            if font in FP_CORE:
                fam, st = FP_CORE[font]
                self.f.set_font(fam, st, size)
            else:
                if font not in self._reg:
                    self.f.add_font(font.lower(), "", FONTDIR + TTF[font])
                    self._reg.add(font)
                self.f.set_font(font.lower(), "", size)

    def width(self, s: str, font: str, size: float) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            self._font(font, size)
            return pdfmetrics.stringWidth(s, font, size)
        self._font(font, size)
        return self.f.get_string_width(s)

    def new_page(self):
        if self.page:
            if self.producer == "reportlab":
                self.c.showPage()
        if self.producer != "reportlab":
            self.f.add_page()
        self.page += 1

    def text(self, x, y, s, font="Helvetica", size=9, align="L", gray=0.0):
        s = str(s)
        if align == "R":
            x -= self.width(s, font, size)
        elif align == "C":
            x -= self.width(s, font, size) / 2
        self._font(font, size)
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self.f.set_text_color(int(gray * 255))
            self.f.text(x, y, s)
            self.f.set_text_color(0)

    def hline(self, x1, x2, y, w=0.5, gray=0.0):
        if self.producer == "reportlab":
            self.c.setLineWidth(w); self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y, x2, self.H - y); self.c.setStrokeGray(0)
        else:
            self.f.set_line_width(w); self.f.set_draw_color(int(gray * 255))
            self.f.line(x1, y, x2, y); self.f.set_draw_color(0)

    def vline(self, x, y1, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w); self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.f.set_line_width(w); self.f.line(x, y1, x, y2)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255); self.f.set_fill_color(g, g, g)
            style = ("F" if fill is not None else "") + ("D" if stroke else "")
            self.f.rect(x, y, w, h, style=style or "D")

    def wrap(self, s: str, font: str, size: float, maxw: float) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if self.width(t, font, size) <= maxw or not cur:
                cur = t
            else:
                out.append(cur); cur = w
        if cur:
            out.append(cur)
        return out

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage(); self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page


# ------------------------------------------------------------------------------------------------ check

def _num_re(v: str) -> str:
    d = Decimal(v)
    a = abs(d)
    plain = f"{a:.2f}"
    comma = f"{a:,.2f}"
    body = "(?:" + "|".join(sorted({re.escape(plain), re.escape(comma)}, key=len, reverse=True)) + ")"
    body = r"\$?" + body
    if d < 0:
        return rf"(?:-\s?{body}|\({body}\)|{body}-|CR\s?{body}|{body}\s?CR)(?![\d])"
    return rf"(?<![\d.,-])(?<!\()(?<!-\$){body}(?![\d,])"


def date_variants(d: date) -> list[str]:
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            f"{d.month}/{d.day}/{d:%y}", d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"),
            d.strftime("%m-%d-%y"), f"{d:%b} {d.day:02d}, {d.year}", d.strftime("%d %b %Y")]


def page_lines(pdf: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as p:
        for pg in p.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) < 2.0:
                        r[1].append(w); break
                else:
                    rows.append([w["bottom"], [w]])
            rows.sort(key=lambda r: r[0])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def check_file(pdf: Path, meta: dict) -> list[str]:
    """meta: row_dates (bool), adj_window (rows after the service row that may carry its adjustments),
    all_adj (every adjustment printed with its amount)."""
    errs: list[str] = []
    t = json.loads(Path(str(pdf) + ".truth.json").read_text())
    lines = page_lines(pdf)
    if len(lines) != t["pages"]:
        errs.append(f"pages {len(lines)} != {t['pages']}")
    doc_text = re.sub(r"\s+", " ", " ".join(" ".join(p) for p in lines))
    win = meta.get("adj_window", 0)
    for i, ln in enumerate(t["lines"]):
        plines = lines[ln["page"] - 1]
        need = []
        if ln["code"]:
            need.append(re.escape(ln["code"]))
        for m in ln["modifiers"]:
            need.append(rf"(?<![A-Z]){m}(?![A-Z])|{ln['code']}{m}|{m}(?=[A-Z]{{2}}(?![A-Z]))|(?<=[A-Z]{{2}}){m}")
        if ln["units"] is not None:
            u = re.escape(ln["units"])
            need.append(rf"(?<![\d.,$-]){u}(?:\.0+)?(?![\d,]|\.\d[1-9])")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None:
                need.append(_num_re(ln[k]))
        if meta.get("row_dates"):
            sd = date.fromisoformat(ln["service_date"])
            need.append("|".join(re.escape(v) for v in date_variants(sd)))
        found = False
        for j, row in enumerate(plines):
            if all(re.search(p, row) for p in need):
                found = True
                block = " ".join(plines[j:j + 1 + win])
                for g, c, a in ln["adjustments"]:
                    if not re.search(rf"{g}\s?-?\s?{c}(?!\d)", block):
                        errs.append(f"line {i}: adj {g}-{c} not near row"); continue
                    if a is not None and not re.search(_num_re(a), block):
                        errs.append(f"line {i}: adj amount {a} not near row")
                for r in ln["remarks"]:
                    if not re.search(rf"(?<![A-Za-z0-9]){re.escape(r)}(?![A-Za-z0-9])", block):
                        errs.append(f"line {i}: remark {r} not near row")
                break
        if not found:
            errs.append(f"line {i}: no single row on page {ln['page']} holds {ln['code']} {ln['units']} "
                        f"{[ln[k] for k in ('billed', 'allowed', 'paid', 'patient_owes')]}")
        if not meta.get("row_dates"):
            sd = date.fromisoformat(ln["service_date"])
            ptxt = " ".join(plines)
            if not any(v in ptxt for v in date_variants(sd)):
                errs.append(f"line {i}: date {sd} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in doc_text:
                errs.append(f"line {i}: {k} {ln[k]!r} not in document")
        if meta.get("all_adj") and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
        if ln["allowed"] and ln["paid"] and ln["billed"]:
            parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
            if all(p is not None for p in parts) and not meta.get("other_share"):
                if Decimal(ln["allowed"]) - sum(Decimal(p) for p in parts) != Decimal(ln["paid"]):
                    errs.append(f"line {i}: allowed - member share != paid")
    fnd = " ".join(t["expected_findings"])
    for c in t["claims"]:
        mine = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and
                ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines"); continue
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not re.search(_num_re(v), doc_text):
                errs.append(f"claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} not printed")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            key = c["payer_claim_id"] or c["claim_id"]
            planted = f"claim-total-mismatch claim {key}" in fnd and f"({k})" in fnd
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {key} total {k}: printed {v} lines {s} planted={planted}")
    return errs
