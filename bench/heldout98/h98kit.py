"""Small drawing back-end (reportlab or fpdf2, same top-down point coordinates) and the self-check
for set 98. Tests the factory only, never the reader."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

FONTS = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DVSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DVMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}


class Doc:
    """producer 'reportlab' or 'fpdf2'; family a TTF key or a core font name."""

    def __init__(self, path: Path, producer: str, family: str, landscape: bool = False):
        self.path, self.producer, self.family = path, producer, family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 1
        self.size = 9.0
        self.bold = False
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self.pm = pdfmetrics
            if family in TTF:
                for i, f in enumerate(TTF[family]):
                    nm = family + ("-B" if i else "")
                    try:
                        pdfmetrics.getFont(nm)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(nm, FONTS + f))
                self.names = (family, family + "-B")
            else:
                self.names = CORE_RL[family]
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, 0))
            self.c.set_auto_page_break(False)
            if family in TTF:
                self.c.add_font(family, "", FONTS + TTF[family][0])
                self.c.add_font(family, "B", FONTS + TTF[family][1])
            self.c.add_page()
        self.font(9)

    def font(self, size: float, bold: bool = False) -> None:
        self.size, self.bold = size, bold
        if self.producer == "reportlab":
            self.c.setFont(self.names[1 if bold else 0], size)
        else:
            self.c.set_font(self.family, "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, self.names[1 if self.bold else 0], self.size)
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

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.6, fill: float | None = None) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="DF")
            else:
                self.c.rect(x, y, w, h)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.font(self.size, self.bold)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page

    def row(self, cols: list, vals: list, y: float) -> None:
        """cols: list of (x, align); vals: strings."""
        for (x, al), v in zip(cols, vals):
            self.text(x, y, v, al)


# ------------------------------------------------------------------------------------------- check

_NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")
_INT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])")


def _nums(s: str) -> set:
    out = set()
    for m in _NUM.findall(s):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        v = Decimal(m.strip("()-$").replace(",", "").replace("$", ""))
        out.add(-v if neg else v)
    return out


def _lines(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) < 2.5:
                r[1].append(w)
                break
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def _date_forms(d: date) -> list[str]:
    from samples.pdf.eobgen import dfmt  # noqa
    out = [dfmt(d, s) for s in DATE_STYLES]
    out += [d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%Y%m%d"), f"{d.month:02d}/{d.day:02d}",
            d.strftime("%d %b %Y"), d.strftime("%b %d, %Y"), d.strftime("%d/%m/%Y")]
    return out


def check_folder(out: Path, arith: dict) -> list[str]:
    """arith: layout -> set of rules ('adj' billed-adjs=paid, 'alw' allowed-ded-copay-coins=paid,
    'bal' billed-paid-discount-not_covered=owes)."""
    import pdfplumber
    errs: list[str] = []
    n = 0
    for tp in sorted(out.glob("*.truth.json")):
        n += 1
        t = json.loads(tp.read_text())
        pdf = Path(str(tp)[: -len(".truth.json")])
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != t["pages"]:
                errs.append(f"{pdf.name}: pages {len(p.pages)} != {t['pages']}")
            plines = [_lines(pg) for pg in p.pages]
            ptext = ["\n".join(ls) for ls in plines]
        alltext = "\n".join(ptext)
        rules = arith.get(t["layout"], set())
        if len(t["lines"]) < 6:
            errs.append(f"{pdf.name}: too few lines")
        for i, ln in enumerate(t["lines"]):
            tag = f"{pdf.name} line {i} ({ln['code']} {ln['service_date']})"
            pg = ln["page"] - 1
            forms = _date_forms(date.fromisoformat(ln["service_date"]))
            want = {Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                             "coinsurance", "not_covered", "discount") if ln[k] is not None}
            hit = None
            for row in plines[pg]:
                if ln["code"] and ln["code"] not in row:
                    continue
                if not any(f in row for f in forms):
                    continue
                if any(m not in row for m in ln["modifiers"]):
                    continue
                if not want <= _nums(row):
                    continue
                if ln["units"] is not None:
                    toks = {Decimal(x) for x in _INT.findall(row.replace(",", ""))}
                    if Decimal(ln["units"]) not in toks:
                        continue
                hit = row
                break
            if hit is None:
                errs.append(f"{tag}: no text row on page {ln['page']} holds code+date+mods+amounts+units")
            for g, c, a in ln["adjustments"]:
                if c not in ptext[pg] or (a is not None and Decimal(a) not in _nums(ptext[pg])):
                    errs.append(f"{tag}: adjustment {g}-{c} {a} not on page")
            for r in ln["remarks"]:
                if r not in ptext[pg]:
                    errs.append(f"{tag}: remark {r} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document")
            D = lambda k: Decimal(ln[k] or "0")  # noqa
            if "adj" in rules:
                if D("billed") - sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0)) != D("paid"):
                    errs.append(f"{tag}: billed - adjustments != paid")
            if "alw" in rules and ln["allowed"] is not None:
                seq = sum((Decimal(a) for g, c, a in ln["adjustments"] if c == "253"), Decimal(0))
                if D("allowed") - D("deductible") - D("copay") - D("coinsurance") - seq != D("paid"):
                    errs.append(f"{tag}: allowed - shares != paid")
            if "mo" in rules and D("allowed") != 0:
                seq = sum((Decimal(a) for g, c, a in ln["adjustments"] if c == "253"), Decimal(0))
                if D("allowed") - D("patient_owes") - seq != D("paid"):
                    errs.append(f"{tag}: allowed - patient share != paid")
            if "bal" in rules:
                if D("billed") - D("paid") - D("discount") - D("not_covered") != D("patient_owes"):
                    errs.append(f"{tag}: billed - paid - adj != balance")
        planted = " ".join(t["expected_findings"])
        for c in t["claims"]:
            mine = [x for x in t["lines"] if x["claim_id"] == c["claim_id"]
                    and x["payer_claim_id"] == c["payer_claim_id"] and x["patient"] == c["patient"]]
            if not mine:
                errs.append(f"{pdf.name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(x[k]) for x in mine if x[k] is not None), Decimal(0))
                if v not in ptext and Decimal(v) not in _nums(alltext):
                    errs.append(f"{pdf.name}: total {k} {v} not printed")
                key = c["payer_claim_id"] or c["claim_id"]
                if s != Decimal(v) and not (key in planted and v in planted):
                    errs.append(f"{pdf.name}: claim {key} {k} total {v} != lines {s}")
                if s == Decimal(v) and key in planted and v in planted:
                    errs.append(f"{pdf.name}: planted mismatch for {key} is not a mismatch")
    if n < 10:
        errs.append(f"only {n} documents")
    return errs
