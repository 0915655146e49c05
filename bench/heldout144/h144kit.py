"""Small drawing layer (one page model, two producers: reportlab and fpdf2) and the factory self-check
for bench/heldout144/make_heldout144_pdfs.py. Tests the factory only; never touches the reader."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FIXED = None  # set by caller from eobgen.FIXED_WHEN
TT = "/usr/share/fonts/truetype"
TTF = {
    "DejaVuSans": (f"{TT}/dejavu/DejaVuSans.ttf", f"{TT}/dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": (f"{TT}/dejavu/DejaVuSansCondensed.ttf", f"{TT}/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": (f"{TT}/dejavu/DejaVuSerif.ttf", f"{TT}/dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansMono": (f"{TT}/dejavu/DejaVuSansMono.ttf", f"{TT}/dejavu/DejaVuSansMono-Bold.ttf"),
    "LiberationSans": (f"{TT}/liberation/LiberationSans-Regular.ttf", f"{TT}/liberation/LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": (f"{TT}/liberation/LiberationSansNarrow-Regular.ttf",
                             f"{TT}/liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": (f"{TT}/liberation/LiberationSerif-Regular.ttf", f"{TT}/liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": (f"{TT}/liberation/LiberationMono-Regular.ttf", f"{TT}/liberation/LiberationMono-Bold.ttf"),
}
CORE = {"helv": ("Helvetica", "Helvetica-Bold", "helvetica"), "times": ("Times-Roman", "Times-Bold", "times"),
        "courier": ("Courier", "Courier-Bold", "courier")}
_reg: set = set()


def _rl_names(family: str) -> tuple[str, str]:
    if family in CORE:
        return CORE[family][0], CORE[family][1]
    if family not in _reg:
        pdfmetrics.registerFont(TTFont(family, TTF[family][0]))
        pdfmetrics.registerFont(TTFont(family + "-B", TTF[family][1]))
        _reg.add(family)
    return family, family + "-B"


class Doc:
    """Ops recorded per page in points, y measured from the TOP (baseline for text)."""

    def __init__(self, producer: str, family: str, landscape: bool = False):
        self.producer, self.family, self.landscape = producer, family, landscape
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list] = []
        self.page()

    def page(self) -> None:
        self.pages.append([])

    @property
    def npages(self) -> int:
        return len(self.pages)

    def width(self, s: str, size: float, bold: bool = False) -> float:
        r, b = _rl_names(self.family)
        return pdfmetrics.stringWidth(s, b if bold else r, size)

    def text(self, x, y, s, size=8.0, bold=False, align="L"):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, lw=0.5, gray=None):
        self.pages[-1].append(("r", x, y, w, h, lw, gray))

    def wrap(self, s: str, maxw: float, size: float, bold=False) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.width(t, size, bold) <= maxw or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def save(self, path: Path, fixed) -> None:
        (self._save_rl if self.producer == "reportlab" else self._save_fpdf)(path, fixed)

    def _save_rl(self, path, fixed):
        from reportlab.pdfgen import canvas
        r, b = _rl_names(self.family)
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=1)
        c.setAuthor("heldout144")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, al = op
                    c.setFont(b if bold else r, size)
                    if al == "R":
                        c.drawRightString(x, self.H - y, s)
                    elif al == "C":
                        c.drawCentredString(x, self.H - y, s)
                    else:
                        c.drawString(x, self.H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, lw, gray = op
                    c.setLineWidth(lw)
                    if gray is not None:
                        c.setFillGray(gray)
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def _save_fpdf(self, path, fixed):
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(fixed)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        if self.family in CORE:
            fam = CORE[self.family][2]
        else:
            fam = self.family
            pdf.add_font(fam, "", TTF[fam][0])
            pdf.add_font(fam, "B", TTF[fam][1])
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, al = op
                    pdf.set_font(fam, "B" if bold else "", size)
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "R" else (x - w / 2 if al == "C" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, lw, gray = op
                    pdf.set_line_width(lw)
                    if gray is not None:
                        g = int(gray * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------- check

MONEY = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")
NUM = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")


def _parse_money(tok: str) -> Decimal:
    neg = tok.startswith("(") or tok.startswith("-") or tok.endswith("-")
    v = Decimal(tok.strip("()-$").replace(",", "").replace("$", ""))
    return -v if neg else v


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def check(pdf_path: Path, spec: dict) -> list[str]:
    """spec: dates (list of dfmt styles), span (extra text lines a service row may take below its code line),
    up (lines above), full_adj (every adjustment printed: billed - adjustments = paid)."""
    from eobgen import dfmt  # noqa
    from datetime import date
    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    errs: list[str] = []
    pages = page_lines(pdf_path)
    if len(pages) != t["pages"]:
        errs.append(f"page count {len(pages)} != {t['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    span, up = spec.get("span", 0), spec.get("up", 0)
    used: set = set()
    for n, ln in enumerate(t["lines"]):
        pg = pages[ln["page"] - 1]
        ptext = "\n".join(pg)
        tag = f"line {n} {ln['code']} {ln['service_date']}"
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in ptext:
                errs.append(f"{tag}: {key} {ln[key]!r} not on page {ln['page']}")
        d = date.fromisoformat(ln["service_date"])
        if not any(dfmt(d, st) in ptext for st in spec["dates"]):
            errs.append(f"{tag}: date not on page")
        want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                          "coinsurance", "not_covered", "discount") if ln[k] is not None]
        want += [Decimal(a[2]) for a in ln["adjustments"] if a[2] is not None]
        ok = False
        for i, row in enumerate(pg):
            if ln["code"] not in row or (ln["page"], i) in used:
                continue
            win = " ".join(pg[max(0, i - up): i + 1 + span])
            have = [_parse_money(x) for x in MONEY.findall(win)]
            nums = [Decimal(x) for x in NUM.findall(win)]
            good = all(w in have for w in want)
            good &= all(m in win for m in ln["modifiers"])
            good &= ln["units"] is None or Decimal(ln["units"]) in nums
            good &= all(r in win for r in ln["remarks"])
            good &= all(re.search(rf"{a[0]}\s?-?\s?{a[1]}\b", win) for a in ln["adjustments"])
            if good:
                ok = True
                used.add((ln["page"], i))
                break
        if not ok:
            errs.append(f"{tag}: no row on page {ln['page']} carries all its values")
        if spec.get("full_adj") and ln["billed"] and ln["paid"] is not None and ln["adjustments"]:
            s = Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments {s} != paid {ln['paid']}")
    for c in t["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"claim {key} has no lines")
        planted = any(f" {i}:" in f for f in t["expected_findings"] for i in (c["payer_claim_id"], c["claim_id"]) if i)
        bad = []
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not any(abs(Decimal(v)) in [abs(_parse_money(x)) for x in MONEY.findall(row)]
                       for p in pages for row in p):
                errs.append(f"claim {key}: total {k} {v} not printed")
            if mine and all(ln[k] is not None for ln in mine):
                s = sum(Decimal(ln[k]) for ln in mine)
                if s != Decimal(v):
                    bad.append(f"{k} lines {s} vs total {v}")
        if bool(bad) != planted:
            errs.append(f"claim {key}: planted={planted} but mismatches {bad}")
    for f in t["expected_findings"]:
        if "mismatch" not in f:
            errs.append(f"odd finding {f}")
    del alltext
    return errs
