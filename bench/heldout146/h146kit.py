"""Drawing kit for set 146: one small API over reportlab and fpdf2 (top-down points), and the self-check."""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "dejavu/DejaVuSansMono.ttf", "DejaVuMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuCond": "dejavu/DejaVuSansCondensed.ttf", "DejaVuCond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-Bold": "liberation/LiberationMono-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
           "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


class Doc:
    """kind 'rl' or 'fp'; y is measured from the top of the page; text y is the baseline."""

    def __init__(self, kind: str, path: Path, landscape: bool = False, fonts: tuple = ()):
        self.kind, self.path = kind, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 1
        if kind == "rl":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            for f in fonts:
                if f not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(f, FONTDIR + TTF[f]))
            self.pm = pdfmetrics
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            for f in fonts:
                self.c.add_font(f, "", FONTDIR + TTF[f])
            self.c.add_page()

    def _fp_font(self, font, size):
        fam, st = CORE_FP.get(font, (font, ""))
        self.c.set_font(fam, st, size)

    def width(self, s, font, size):
        if self.kind == "rl":
            return self.pm.stringWidth(s, font, size)
        self._fp_font(font, size)
        return self.c.get_string_width(s)

    def text(self, x, y, s, font="Helvetica", size=8, align="L", gray=0.0):
        s = str(s)
        if align == "R":
            x -= self.width(s, font, size)
        elif align == "C":
            x -= self.width(s, font, size) / 2
        if self.kind == "rl":
            self.c.setFillGray(gray)
            self.c.setFont(font, size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self._fp_font(font, size)
            self.c.set_text_color(int(gray * 255))
            self.c.text(x, y, s)
            self.c.set_text_color(0)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.kind == "rl":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        if self.kind == "rl":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("DF" if stroke else "F") if fill is not None else "D"
            if fill is not None:
                self.c.set_fill_color(int(fill * 255))
            self.c.rect(x, y, w, h, style=style)

    def new_page(self):
        if self.kind == "rl":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def save(self):
        if self.kind == "rl":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))

    def wrap(self, s, width, font, size):
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t, font, size) > width:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]


# ------------------------------------------------------------------------------------------------ check

def _lines(page):
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) <= 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _nums(text):
    out = []
    for tok in text.replace(";", " ").replace("|", " ").split():
        neg = tok.startswith("-") or tok.endswith("-") or (tok.startswith("(") and tok.endswith(")"))
        t = tok.strip("$()-,:").replace("$", "").replace(",", "")
        t = re.sub(r"^[A-Za-z]+[-:]?\d*[:]", "", t)
        try:
            d = Decimal(t)
        except InvalidOperation:
            continue
        out.append(-d if neg else d)
    return out


def norm(s):
    return " ".join(str(s).split())


def check_folder(out: Path, datefmt: dict, money_keys=("billed", "allowed", "paid", "patient_owes", "deductible",
                                                       "copay", "coinsurance", "not_covered", "discount")) -> int:
    import pdfplumber
    bad = 0
    cont_files = 0
    total_lines = total_pages = 0
    for tf in sorted(out.glob("*.truth.json")):
        t = json.loads(tf.read_text())
        pdf = Path(str(tf)[: -len(".truth.json")])
        errs = []
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != t["pages"]:
                errs.append(f"pages {len(p.pages)} != {t['pages']}")
            plines = [_lines(pg) for pg in p.pages]
            doc = norm(" ".join(pg.extract_text() or "" for pg in p.pages))
        fmt = datefmt[t["layout"]]
        spans = {}
        for i, ln in enumerate(t["lines"]):
            spans.setdefault(ln["payer_claim_id"] or ln["claim_id"], set()).add(ln["page"])
            cands = plines[ln["page"] - 1]
            need_s = [ln["code"]] + ln["modifiers"] + ln["remarks"]
            need_n = [Decimal(ln[k]) for k in money_keys if ln[k] is not None]
            need_n += [Decimal(a[2]) for a in ln["adjustments"] if a[2] is not None]
            if ln["units"] is not None:
                need_n.append(Decimal(ln["units"]))
            ok = False
            for row in cands:
                if all(s in row for s in need_s):
                    nums = _nums(row)
                    if all(any(n == m for m in nums) for n in need_n):
                        ok = True
                        break
            if not ok:
                errs.append(f"line {i} ({ln['code']} p{ln['page']}) not found on one row")
            pg_text = norm(" ".join(cands))
            from datetime import date
            ds = fmt(date.fromisoformat(ln["service_date"]))
            if ds not in pg_text:
                errs.append(f"line {i} date {ds} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and norm(ln[k]) not in doc:
                    errs.append(f"line {i} {k} {ln[k]} not in document")
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}\W?{c}\b", pg_text):
                    errs.append(f"line {i} adj {g}{c} not on page")
            # arithmetic
            if ln["adjustments"] and ln["billed"] and ln["paid"] is not None:
                s = sum(Decimal(a[2]) for a in ln["adjustments"])
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errs.append(f"line {i} billed-adj != paid")
            if ln["discount"] is not None and ln["allowed"] is not None and ln["not_covered"] is not None:
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"]) != Decimal(ln["allowed"]):
                    errs.append(f"line {i} billed-discount-nc != allowed")
        for c in t["claims"]:
            key = c["payer_claim_id"] or c["claim_id"]
            mine = [ln for ln in t["lines"] if (ln["payer_claim_id"] or ln["claim_id"]) == key]
            if not mine:
                errs.append(f"claim {key} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
                planted = any(key in f and k.replace("_", " ") in f.lower().replace("_", " ") for f in t["expected_findings"])
                if str(v) not in " ".join(str(x) for x in []) and Decimal(v) != s and not planted:
                    errs.append(f"claim {key} total {k} {v} != {s}")
                if planted and Decimal(v) == s:
                    errs.append(f"claim {key} planted mismatch not a mismatch")
                if Decimal(v) not in [n for r in plines for row in r for n in _nums(row)]:
                    errs.append(f"claim {key} total {k} {v} not printed")
        if any(len(v) > 1 for v in spans.values()):
            cont_files += 1
        total_lines += len(t["lines"])
        total_pages += t["pages"]
        status = "OK " if not errs else "BAD"
        print(f"{status} {pdf.name}: {len(t['lines'])} lines, {t['pages']} pages, producer {t['producer']}")
        for e in errs[:12]:
            print("     ", e)
        bad += bool(errs)
    print(f"files with a claim continued across pages: {cont_files}; lines {total_lines}; pages {total_pages}")
    if cont_files < 3:
        print("BAD: fewer than three files continue a claim across a page break")
        bad += 1
    return bad
