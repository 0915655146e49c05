"""Drawing and checking kit for bench/heldout151 (one canvas API over reportlab and fpdf2; a text-layer
self-check that tests the factory, never the reader)."""
from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen  # noqa: E402

FONTDIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"]


def ttf(name: str) -> str:
    for d in FONTDIRS:
        p = Path(d) / f"{name}.ttf"
        if p.exists():
            return str(p)
    raise FileNotFoundError(name)


class RL:
    """reportlab canvas, coordinates from the TOP of the page in points."""
    producer = "reportlab"

    def __init__(self, path, landscape=False, fonts=()):
        from reportlab.lib.pagesizes import letter
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pdfmetrics = pdfmetrics
        for alias, fname in fonts:
            pdfmetrics.registerFont(TTFont(alias, ttf(fname)))
        self.W, self.H = (letter[1], letter[0]) if landscape else letter
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.c.setTitle("Statement")
        self.font, self.size = "Helvetica", 8
        self.pages = 1

    def set_font(self, name, size):
        self.font, self.size = name, size
        self.c.setFont(name, size)

    def width(self, s):
        return self.pdfmetrics.stringWidth(s, self.font, self.size)

    def text(self, x, y, s, align="l"):
        base = self.H - y - self.size * 0.8
        if align == "r":
            self.c.drawRightString(x, base, s)
        elif align == "c":
            self.c.drawCentredString(x, base, s)
        else:
            self.c.drawString(x, base, s)

    def hline(self, x1, x2, y, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def vline(self, x, y1, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x, self.H - y1, x, self.H - y2)

    def rect(self, x, y, w, h, fill=None, stroke=True):
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def new_page(self):
        self.c.showPage()
        self.c.setFont(self.font, self.size)
        self.pages += 1

    def close(self):
        self.c.save()
        return self.pages


class FP:
    """fpdf2 document, same API."""
    producer = "fpdf2"

    def __init__(self, path, landscape=False, fonts=()):
        from fpdf import FPDF
        self.path = path
        self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
        self.p.set_creation_date(eobgen.FIXED_WHEN)
        self.p.set_auto_page_break(False)
        for alias, fname in fonts:
            self.p.add_font(alias, "", ttf(fname))
        self.p.add_page()
        self.W, self.H = self.p.w, self.p.h
        self.font, self.size = "helvetica", 8
        self.pages = 1

    def set_font(self, name, size):
        self.font, self.size = name, size
        self.p.set_font(name, "", size)

    def width(self, s):
        return self.p.get_string_width(s)

    def text(self, x, y, s, align="l"):
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.p.text(x, y + self.size * 0.8, s)

    def hline(self, x1, x2, y, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x1, y, x2, y)

    def vline(self, x, y1, y2, w=0.5):
        self.p.set_line_width(w)
        self.p.line(x, y1, x, y2)

    def rect(self, x, y, w, h, fill=None, stroke=True):
        style = ("D" if stroke else "") + ("F" if fill is not None else "")
        if fill is not None:
            g = int(fill * 255)
            self.p.set_fill_color(g, g, g)
        self.p.rect(x, y, w, h, style=style or "D")

    def new_page(self):
        self.p.add_page()
        self.p.set_font(self.font, "", self.size)
        self.pages += 1

    def close(self):
        self.p.output(str(self.path))
        return self.pages


def row(cv, cols, vals, y):
    """cols: list of (x, align); vals: strings (None/'' skipped)."""
    for (x, al), v in zip(cols, vals):
        if v:
            cv.text(x, y, v, al)


# ------------------------------------------------------------------------------------------ check

def page_lines(pdf_path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(x_tolerance=1.2, y_tolerance=2, use_text_flow=False)
            words.sort(key=lambda w: (round(w["top"]), w["x0"]))
            lines = []
            for w in words:
                if lines and abs(lines[-1][0] - w["top"]) < 2.5:
                    lines[-1][1].append(w)
                else:
                    lines.append([w["top"], [w]])
            out.append([" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in lines])
    return out


def has(text, tok):
    return re.search(r"(?<![\w.,])" + re.escape(tok) + r"(?![\w]|[.,]\d)", text) is not None


def check_file(pdf_path, spec):
    """spec: money (Decimal->str), date (date str iso -> str), date_on ('row'|'page'), code (truth line->str),
    mod_on_row (bool), units (str->str), all_adjs (bool), adj_fmt (group, reason, amount str -> list of tokens)."""
    from datetime import date as _d
    errs = []
    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    lines = page_lines(pdf_path)
    if len(lines) != t["pages"]:
        errs.append(f"pages {len(lines)} != {t['pages']}")
    doc = "\n".join("\n".join(p) for p in lines)
    used = set()
    D = Decimal
    for n, ln in enumerate(t["lines"]):
        pg = lines[ln["page"] - 1]
        money = spec["money"]
        amts = [money(D(ln[k])) for k in eobgen.AMOUNT_KEYS if ln[k] is not None]
        code = spec["code"](ln)
        cands = [i for i, s in enumerate(pg) if has(s, code) and all(has(s, a) for a in amts)
                 and (ln["page"], i) not in used]
        if not cands:
            errs.append(f"line {n}: no row with {code} {amts} on page {ln['page']}")
            continue
        i = cands[0]
        used.add((ln["page"], i))
        s = pg[i]
        near = " ".join(pg[i:i + spec.get("near", 3)])
        dstr = spec["date"](_d.fromisoformat(ln["service_date"]))
        if spec.get("date_on", "row") == "row":
            if not has(s, dstr):
                errs.append(f"line {n}: date {dstr} not on row: {s}")
        else:
            if not has("\n".join(pg[:i + 1]), dstr):
                errs.append(f"line {n}: date {dstr} not above row on page")
        if ln.get("service_end"):
            de = spec["date"](_d.fromisoformat(ln["service_end"]))
            if not has(s, de):
                errs.append(f"line {n}: end date {de} not on row")
        for m in ln["modifiers"]:
            if m not in s:
                errs.append(f"line {n}: modifier {m} not on row")
        if ln["units"] is not None and not has(s, spec["units"](ln["units"])):
            errs.append(f"line {n}: units {ln['units']} not on row: {s}")
        for g, r, a in ln["adjustments"]:
            for tok in spec["adj_fmt"](g, r, a):
                if not (has(near, tok) or tok in near):
                    errs.append(f"line {n}: adjustment token {tok} not by row")
        for r in ln["remarks"]:
            if not has(near, r):
                errs.append(f"line {n}: remark {r} not by row")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in doc:
                errs.append(f"line {n}: {k} {ln[k]} not in document")
        # arithmetic
        v = {k: (D(ln[k]) if ln[k] is not None else None) for k in eobgen.AMOUNT_KEYS}
        if v["billed"] is not None and v["discount"] is not None and v["not_covered"] is not None \
                and v["allowed"] is not None and v["billed"] - v["discount"] - v["not_covered"] != v["allowed"]:
            errs.append(f"line {n}: billed-discount-not covered != allowed")
        if spec.get("all_adjs") and v["paid"] is not None:
            if v["billed"] - sum((D(a) for _, _, a in ln["adjustments"]), D(0)) != v["paid"]:
                errs.append(f"line {n}: billed - adjustments != paid")
    for c in t["claims"]:
        mine = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, tv in (c.get("totals") or {}).items():
            if tv is None:
                continue
            ssum = sum((D(ln[k]) for ln in mine if ln[k] is not None), D(0))
            if ssum != D(tv):
                errs.append(f"claim {c['payer_claim_id']} {k} total {tv} != lines {ssum}")
            if not has(doc, spec["money"](D(tv))):
                errs.append(f"claim {c['payer_claim_id']} total {k} {tv} not printed")
    return errs, len(t["lines"])
