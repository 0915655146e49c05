"""Drawing and checking helpers for bench/heldout74/make_heldout74_pdfs.py (one small canvas over reportlab and
fpdf2, a page-flow cursor, and the --check that reads the written PDFs back with pdfplumber)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype"
TTF = {
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Canvas:
    """Top-left origin, points, y is the text baseline."""

    def __init__(self, producer: str, path: Path, landscape: bool = False):
        self.producer, self.path = producer, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas as rlc
            self.c = rlc.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
            self._reg = set()
        else:
            from fpdf import FPDF
            from datetime import datetime, timezone
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=timezone.utc))
            self.c.set_auto_page_break(False)
            self.c.set_title(path.stem)
            self._reg = set()

    def _font(self, fam: str, bold: bool, size: float):
        if self.producer == "reportlab":
            if fam in CORE_RL:
                name = CORE_RL[fam][1 if bold else 0]
            else:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                name = fam + ("-B" if bold else "")
                if name not in self._reg:
                    pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{TTF[fam][1 if bold else 0]}"))
                    self._reg.add(name)
            self.c.setFont(name, size)
            return name
        if fam in CORE_RL:
            self.c.set_font(fam, "B" if bold else "", size)
        else:
            key = fam + ("B" if bold else "")
            if key not in self._reg:
                self.c.add_font(fam, "B" if bold else "", f"{FONT_DIR}/{TTF[fam][1 if bold else 0]}")
                self._reg.add(key)
            self.c.set_font(fam, "B" if bold else "", size)
        return fam

    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def width(self, s: str, fam: str, size: float, bold: bool = False) -> float:
        name = self._font(fam, bold, size)
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, name, size)
        return self.c.get_string_width(s)

    def text(self, x, y, s, fam="Helvetica", size=8.0, bold=False, align="L", gray=0.0):
        s = str(s)
        if not s:
            return
        w = self.width(s, fam, size, bold)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        """x, y = top-left corner."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=style)

    def wrap(self, s: str, width: float, fam: str, size: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.width(t, fam, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out or [""]

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


# ------------------------------------------------------------------------------------------------ check

DATE_FORMATS = ("%m/%d/%y", "%m/%d/%Y", "%m%d%Y", "%m%d%y", "%Y-%m-%d", "%d-%b-%Y", "%m-%d-%Y", "%m-%d-%y")


def date_forms(d: date) -> list[str]:
    out = [d.strftime(f) for f in DATE_FORMATS]
    out += [f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            f"{d:%b} {d.day}", d.strftime("%d-%b-%Y").upper()]
    return out


def _norm(s: str) -> str:
    return s.replace("$", "").replace(",", "")


def has_amount(line: str, v: str) -> bool:
    a = str(abs(Decimal(v)))
    forms = [a]
    if a.startswith("0."):
        forms.append(a[1:])
    return any(re.search(r"(?<![\d.])" + re.escape(f) + r"(?!\d)", _norm(line)) for f in forms)


def has_units(line: str, u: str) -> bool:
    return re.search(r"(?<![\d.])" + re.escape(u) + r"(\.0+)?(?![\d.])", _norm(line)) is not None


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            out.append([t["text"] for t in p.extract_text_lines(layout=False, strip=True, return_chars=False)])
    return out


def check_file(pdf_path: Path, truth: dict, adj_all: bool) -> list[str]:
    probs: list[str] = []
    lines = page_lines(pdf_path)
    name = pdf_path.name
    if len(lines) != truth["pages"]:
        probs.append(f"{name}: page count {len(lines)} != {truth['pages']}")
    doc = "\n".join("\n".join(p) for p in lines)
    for i, t in enumerate(truth["lines"]):
        pg = lines[t["page"] - 1]
        d = date.fromisoformat(t["service_date"])
        cands = [ln for ln in pg if t["code"] in ln and any(f in ln for f in date_forms(d))]
        need = [k for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                            "not_covered", "discount") if t[k] is not None]
        ok = [ln for ln in cands if all(has_amount(ln, t[k]) for k in need)
              and (t["units"] is None or has_units(ln, t["units"]))
              and all(m in ln for m in t["modifiers"])
              and (t["service_end"] is None or any(f in ln for f in date_forms(date.fromisoformat(t["service_end"]))))]
        if not ok:
            probs.append(f"{name}: line {i} {t['code']} {t['service_date']} p{t['page']} not found on one text "
                         f"line with {need} units={t['units']} mods={t['modifiers']}; candidates={cands[:2]}")
        pgtext = "\n".join(pg)
        for r in t["remarks"]:
            if r not in pgtext:
                probs.append(f"{name}: remark {r} missing on page {t['page']}")
        for g, c, a in t["adjustments"]:
            if c not in pgtext or (a is not None and not has_amount(pgtext.replace("\n", " "), a)):
                probs.append(f"{name}: adjustment {g} {c} {a} missing on page {t['page']}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if t[k] is not None and t[k] not in doc:
                probs.append(f"{name}: {k} {t[k]!r} not in text")
        # own arithmetic
        b, pd = t["billed"], t["paid"]
        if b is not None and t["discount"] is not None and t["not_covered"] is not None and t["allowed"] is not None:
            if Decimal(b) - Decimal(t["discount"]) - Decimal(t["not_covered"]) != Decimal(t["allowed"]):
                probs.append(f"{name}: line {i} billed - discount - not covered != allowed")
        shares = [t[k] for k in ("deductible", "copay", "coinsurance")]
        if t["allowed"] is not None and pd is not None and all(x is not None for x in shares) and t["not_covered"] in (None, "0.00"):
            if Decimal(t["allowed"]) - sum(Decimal(x) for x in shares) != Decimal(pd) and not t["adjustments"]:
                probs.append(f"{name}: line {i} allowed - shares != paid")
        if adj_all and b is not None and pd is not None and t["adjustments"]:
            if Decimal(b) - sum(Decimal(a[2]) for a in t["adjustments"]) != Decimal(pd):
                probs.append(f"{name}: line {i} billed - adjustments != paid")
    for c in truth["claims"]:
        ls = [t for t in truth["lines"] if t["claim_id"] == c["claim_id"] and t["payer_claim_id"] == c["payer_claim_id"]
              and t["patient"] == c["patient"]]
        if not ls:
            probs.append(f"{name}: claim {c} has no lines")
        mism = False
        key = c["payer_claim_id"] or c["claim_id"]
        for k, v in c["totals"].items():
            vals = [t[k] for t in ls]
            if v is None or not vals or None in vals:
                continue
            s = sum(Decimal(x) for x in vals)
            key = c["payer_claim_id"] or c["claim_id"]
            planted = any(key in f for f in truth["expected_findings"])
            if s != Decimal(v):
                mism = True
                if not planted:
                    probs.append(f"{name}: claim {key} total {k} printed {v} lines {s} (not planted)")
            if not has_amount(doc.replace("\n", " "), v):
                probs.append(f"{name}: claim {key} total {k} {v} not printed")
        if any(key in f for f in truth["expected_findings"]) and not mism:
            probs.append(f"{name}: planted mismatch on {key} is not a mismatch")
    return probs
