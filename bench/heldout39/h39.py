"""Small drawing layer (reportlab or fpdf2, top-left coordinates in points) and the factory self-check
for bench/heldout39/make_heldout39_pdfs.py. Tests the factory only, never the reader."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

FONTS = {
    "LSans": "liberation/LiberationSans-Regular.ttf", "LSans-B": "liberation/LiberationSans-Bold.ttf",
    "LNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LSerif": "liberation/LiberationSerif-Regular.ttf", "LSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "DSans": "dejavu/DejaVuSans.ttf", "DSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DCond": "dejavu/DejaVuSansCondensed.ttf", "DCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DSerif": "dejavu/DejaVuSerif.ttf", "DSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "LMono": "liberation/LiberationMono-Regular.ttf", "LMono-B": "liberation/LiberationMono-Bold.ttf",
}
ROOT = "/usr/share/fonts/truetype/"
CORE_RL = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


class Draw:
    """p.text(x, baseline_y_from_top, s, font, size, align)"""

    def __init__(self, path: Path, producer: str, size: tuple[float, float], fixed_when):
        self.path, self.producer, (self.W, self.H) = path, producer, size
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            for n, f in FONTS.items():
                try:
                    pdfmetrics.getFont(n)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(n, ROOT + f))
            self.pm = pdfmetrics
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
            self.c.setTitle("Document")
        else:
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=size)
            self.c.set_creation_date(fixed_when)
            self.c.set_auto_page_break(False)
            self._added = set()
        self.new_page()

    def _font(self, font: str, size: float):
        if self.producer == "reportlab":
            self.c.setFont(font, size)
        else:
            core = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
                    "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}
            if font in core:
                self.c.set_font(core[font][0], core[font][1], size)
            else:
                if font not in self._added:
                    self.c.add_font(font, "", ROOT + FONTS[font])
                    self._added.add(font)
                self.c.set_font(font, "", size)

    def width(self, s: str, font: str, size: float) -> float:
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, font, size)
        self._font(font, size)
        return self.c.get_string_width(s)

    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def text(self, x, y, s, font="Helvetica", size=8, align="l", color=0):
        s = str(s)
        if align == "r":
            x -= self.width(s, font, size)
        elif align == "c":
            x -= self.width(s, font, size) / 2
        self._font(font, size)
        if self.producer == "reportlab":
            self.c.setFillGray(color)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(color * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.c.rect(x, y, w, h, style=style)

    def hline(self, x1, x2, y, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(lw)
            self.c.line(x1, y, x2, y)

    def vline(self, x, y1, y2, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(lw)
            self.c.line(x, y1, x, y2)

    def save(self):
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.c.output(str(self.path))


def wrap(d: Draw, s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and d.width(t, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------------------------- check

MONEY = re.compile(r"\(?-?\$?\d{1,3}(?:,\d{3})+\.\d{2}\)?-?|\(?-?\$?\d+\.\d{2}\)?-?")
NUM = re.compile(r"(?<![\d.,/-])\d+(?:\.\d+)?(?![\d/])")


def money_set(text: str) -> set[Decimal]:
    out = set()
    for m in MONEY.findall(text):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-") or m.startswith("(-")
        v = Decimal(m.strip("()$-").replace("$", "").replace(",", "").lstrip("-"))
        out.add(-v if neg else v)
    return out


def date_forms(d: date) -> list[str]:
    return [d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m-%d-%Y"),
            d.strftime("%m-%d-%y"), d.isoformat(), f"{d:%B} {d.day}, {d.year}", f"{d:%b} {d.day}, {d.year}",
            d.strftime("%m%d %m%d%y"), d.strftime("%m%d%y"), d.strftime("%d-%b-%Y").upper(), d.strftime("%d %b %Y"),
            d.strftime("%Y%m%d"), f"{d:%b} {d.day:02d}", f"{d:%b}. {d.day}, {d.year}"]


def page_rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def check_file(pdf: Path, layout_rules: dict) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    t = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    with pdfplumber.open(pdf) as doc:
        if len(doc.pages) != t["pages"]:
            errs.append(f"pages {len(doc.pages)} != {t['pages']}")
        rows = [page_rows(p) for p in doc.pages]
        texts = [p.extract_text() or "" for p in doc.pages]
    alltext = "\n".join(texts)
    alltext_rows = "\n".join("\n".join(r) for r in rows)
    used: set = set()
    window = layout_rules.get("window", 2)
    for i, ln in enumerate(t["lines"]):
        p = ln["page"] - 1
        if p >= len(rows):
            errs.append(f"line {i} page {p + 1} missing")
            continue
        d = date.fromisoformat(ln["service_date"])
        found = False
        why = ""
        for r, rt in enumerate(rows[p]):
            if (p, r) in used:
                continue
            if ln["code"] not in rt:
                nxt = rows[p][r + 1] if r + 1 < len(rows[p]) else ""
                if layout_rules.get("code_next") and ln["code"] in nxt and not money_set(nxt):
                    rt = rt + " " + nxt
                else:
                    continue
            ms = money_set(rt)
            bad = [k for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                               "not_covered", "discount") if ln[k] is not None and Decimal(ln[k]) not in ms]
            if bad:
                why = f"amounts {bad} not on row {rt!r}"
                continue
            if ln["units"] is not None:
                toks = {Decimal(x) for x in NUM.findall(rt.replace(ln["code"], " "))}
                if Decimal(ln["units"]) not in toks:
                    why = f"units {ln['units']} not on row {rt!r}"
                    continue
            if any(m not in rt.replace(ln["code"], " ", 1) for m in ln["modifiers"]):
                why = f"mods {ln['modifiers']} not on row {rt!r}"
                continue
            if layout_rules.get("date_on_row", True):
                if not any(f in rt for f in date_forms(d)):
                    why = f"date not on row {rt!r}"
                    continue
            elif not any(f in texts[p] or f in "\n".join(rows[p]) for f in date_forms(d)):
                why = "date not on page"
                continue
            win = " ".join(rows[p][r:r + 1 + window])
            wms = money_set(win)
            badadj = [a for a in ln["adjustments"] if not re.search(rf"\b{a[0]}\s?-?\s?{a[1]}\b", win)
                      or (a[2] is not None and Decimal(a[2]) not in wms)]
            if badadj:
                why = f"adjustments {badadj} not near row {rt!r} / {win!r}"
                continue
            if any(not re.search(rf"(?<![\w]){re.escape(m)}(?![\w])", win) for m in ln["remarks"]):
                why = f"remarks {ln['remarks']} not near row {rt!r}"
                continue
            used.add((p, r))
            found = True
            break
        if not found:
            errs.append(f"line {i} ({ln['code']} {ln['service_date']} p{p + 1}): {why or 'code not on page'}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in alltext and ln[k] not in alltext_rows:
                errs.append(f"line {i} {k} {ln[k]!r} not in text")
        if ln["description"] and layout_rules.get("desc", True):
            first = " ".join(ln["description"].split()[:2])
            if first not in alltext_rows:
                errs.append(f"line {i} description {ln['description']!r} not in text")
        # arithmetic
        g = {k: Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                          "coinsurance", "not_covered", "discount") if ln[k] is not None}
        if layout_rules.get("all_adj") and "billed" in g and "paid" in g:
            s = sum((Decimal(a[2]) for a in ln["adjustments"]), Decimal(0))
            if g["billed"] - s != g["paid"]:
                errs.append(f"line {i}: billed - adjustments != paid")
        if {"billed", "allowed", "discount", "not_covered"} <= g.keys() and g["allowed"]:
            if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                errs.append(f"line {i}: billed - discount - not covered != allowed")
        if layout_rules.get("cost_share") and {"allowed", "paid"} <= g.keys() and g["allowed"]:
            cs = sum((g.get(k, Decimal(0)) for k in ("deductible", "copay", "coinsurance")), Decimal(0))
            if g["allowed"] - cs != g["paid"]:
                errs.append(f"line {i}: allowed - cost share != paid")
        extra = layout_rules.get("line_arith")
        if extra and not extra(g):
            errs.append(f"line {i}: layout arithmetic fails {g}")
    # claim totals
    planted = " ".join(t["expected_findings"])
    for c in t["claims"]:
        mine = [x for x in t["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            if Decimal(v) not in money_set(alltext_rows):
                errs.append(f"claim {c['claim_id'] or c['payer_claim_id']} total {k} {v} not printed")
            if any(x[k] is None for x in mine):
                continue
            s = sum((Decimal(x[k]) for x in mine), Decimal(0))
            key = c["claim_id"] or c["payer_claim_id"]
            if s != Decimal(v) and not (key in planted and k.replace("_", " ") in planted.replace("_", " ")
                                        or key in planted):
                errs.append(f"claim {key} total {k} {v} != lines {s}")
            if s == Decimal(v) and key in planted:
                errs.append(f"claim {key} planted mismatch is not a mismatch")
    return errs
