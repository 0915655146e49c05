"""Helpers for bench/heldout64: a tiny two-producer drawing layer (reportlab / fpdf2), page flow with
automatic breaks, and the factory self-check (text layer, same-row values, page counts, arithmetic)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from eobgen import FIXED_WHEN

FONTS = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaSerifCond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DejaMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE = {"Helvetica", "Courier", "Times"}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class RLCanvas:
    producer = "reportlab"

    def __init__(self, path: str, size, font: str):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pm = pdfmetrics
        self.W, self.H = size
        if font in CORE:
            self.fr, self.fb = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
                                "Times": ("Times-Roman", "Times-Bold")}[font]
        else:
            r, b = TTF[font]
            for nm, p in ((font, r), (font + "-B", b)):
                if nm not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(nm, FONTS + p))
            self.fr, self.fb = font, font + "-B"
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.c.setTitle("Statement")
        self.started = False

    def new_page(self):
        if self.started:
            self.c.showPage()
        self.started = True

    def width(self, s, sz, b=False):
        return self.pm.stringWidth(s, self.fb if b else self.fr, sz)

    def text(self, x, y, s, sz=7.0, b=False, al="l"):
        self.c.setFont(self.fb if b else self.fr, sz)
        self.c.setFillGray(0)
        if al == "r":
            self.c.drawRightString(x, self.H - y, s)
        elif al == "c":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.setStrokeGray(0)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def save(self):
        self.c.save()


class FPCanvas:
    producer = "fpdf2"

    def __init__(self, path: str, size, font: str):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = size
        self.p = FPDF(orientation="L" if size[0] > size[1] else "P", unit="pt", format=(min(size), max(size)))
        self.p.set_auto_page_break(False)
        self.p.set_creation_date(FIXED_WHEN)
        self.p.set_title("Statement")
        if font in CORE:
            self.fam = font
        else:
            r, b = TTF[font]
            self.p.add_font(font, "", FONTS + r)
            self.p.add_font(font, "B", FONTS + b)
            self.fam = font

    def new_page(self):
        self.p.add_page()

    def width(self, s, sz, b=False):
        self.p.set_font(self.fam, "B" if b else "", sz)
        return self.p.get_string_width(s)

    def text(self, x, y, s, sz=7.0, b=False, al="l"):
        self.p.set_font(self.fam, "B" if b else "", sz)
        self.p.set_text_color(0)
        w = self.p.get_string_width(s)
        if al == "r":
            x -= w
        elif al == "c":
            x -= w / 2
        self.p.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.p.set_line_width(w)
        self.p.set_draw_color(0)
        self.p.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.p.set_line_width(lw)
        self.p.set_draw_color(0)
        if fill is not None:
            self.p.set_fill_color(int(fill * 255))
        style = ("D" if fill is None else ("DF" if stroke else "F"))
        self.p.rect(x, y, w, h, style=style)

    def save(self):
        self.p.output(self.path)


def make_canvas(producer, path, size, font):
    return (RLCanvas if producer == "reportlab" else FPCanvas)(path, size, font)


class Flow:
    """Rows flow down the page; a break draws the page furniture again (on_new) and an optional callback."""

    def __init__(self, cv, bottom, on_new):
        self.cv, self.bottom, self.on_new = cv, bottom, on_new
        self.page = 0
        self.y = 0.0
        self.cont = None

    def start(self):
        self.cv.new_page()
        self.page += 1
        self.y = self.on_new(self.page)

    def take(self, h):
        if self.y + h > self.bottom:
            self.start()
            if self.cont:
                self.cont()
        y = self.y
        self.y += h
        return y


def cols_at(x0, widths):
    xs, x = [], x0
    for w in widths:
        xs.append(x)
        x += w
    return xs


def draw_cells(cv, x0, y, cols, vals, sz, b=False):
    """cols: [(width, align)], vals: strings; right-aligned cells end 3pt before the next column."""
    x = x0
    for (w, al), v in zip(cols, vals, strict=True):
        if v:
            if al == "r":
                cv.text(x + w - 3, y, v, sz, b, "r")
            elif al == "c":
                cv.text(x + w / 2, y, v, sz, b, "c")
            else:
                cv.text(x + 2, y, v, sz, b)
        x += w


# ------------------------------------------------------------------------------------------------ check

def page_rows(pdf: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for pg in doc.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) <= 1.6:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["bottom"], [w]])
            rows.sort(key=lambda r: r[0])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def _has(row: str, tok: str) -> bool:
    return re.search(r"(?<![\w.,$])" + re.escape(tok) + r"(?![\w]|[.,]\d)", row) is not None


def check_doc(pdf: Path, spec: dict) -> list[str]:
    """spec: per-line token lists {'row': [...], 'near': [...], 'block': [...]} plus flags; returns problems."""
    errs = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    if truth != spec["truth"]:
        errs.append("truth on disk differs from the in-memory truth")
    rows = page_rows(pdf)
    if len(rows) != truth["pages"]:
        errs.append(f"pages {len(rows)} != truth {truth['pages']}")
    alltext = " ".join(" ".join(r) for r in rows)
    flat = re.sub(r"\s+", " ", alltext)
    for i, (t, sp) in enumerate(zip(truth["lines"], spec["lines"], strict=True)):
        pr = rows[t["page"] - 1] if t["page"] <= len(rows) else []
        hit = [k for k, r in enumerate(pr) if all(_has(r, x) for x in sp["row"])]
        if not hit:
            errs.append(f"line {i} p{t['page']}: no single row holds {sp['row']}")
            continue
        k = hit[0]
        win = " ".join(pr[max(0, k - sp.get("up", 0)):k + 1 + sp.get("down", 3)])
        for x in sp.get("near", []):
            if not _has(win, x):
                errs.append(f"line {i}: {x!r} not next to its row")
        ptxt = " ".join(pr)
        for x in sp.get("block", []):
            if x not in ptxt:
                errs.append(f"line {i}: {x!r} not on page {t['page']}")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if t[key] and t[key] not in flat:
                errs.append(f"line {i}: {key} {t[key]!r} not in document")
        D = lambda k: Decimal(t[k]) if t[k] is not None else None  # noqa: E731
        if spec.get("adj_complete") and t["billed"] is not None and t["paid"] is not None:
            s = sum((Decimal(a[2]) for a in t["adjustments"]), Decimal(0))
            if D("billed") - s != D("paid"):
                errs.append(f"line {i}: billed - adjustments != paid")
        if spec.get("cost_share") and t["allowed"] is not None and t["paid"] is not None:
            r = D("allowed") - sum((D(k) or 0) for k in ("deductible", "copay", "coinsurance"))
            if r != D("paid"):
                errs.append(f"line {i}: allowed - cost share != paid")
    spans = {(t["claim_id"], t["payer_claim_id"]) for t in truth["lines"]} 
    spec["continued"] = sum(len({t["page"] for t in truth["lines"] if (t["claim_id"], t["payer_claim_id"]) == c}) > 1
                            for c in spans)
    planted = {f.split(":")[0] for f in truth["expected_findings"]}
    for c in truth["claims"]:
        mine = [t for t in truth["lines"] if t["claim_id"] == c["claim_id"] and t["payer_claim_id"] == c["payer_claim_id"]
                and t["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['payer_claim_id']}: no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if spec["money"](Decimal(v)) not in flat:
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} not printed")
            if all(t[k] is None for t in mine):
                continue  # a claim-level figure the lines do not print (e.g. PT RESP)
            s = sum((Decimal(t[k]) for t in mine if t[k] is not None), Decimal(0))
            tag = f"claim-total-mismatch claim {c['payer_claim_id'] or c['claim_id']}"
            if (s != Decimal(v)) != (tag in planted and k == spec.get("planted_field")):
                errs.append(f"claim {c['payer_claim_id']}: {k} total {v} vs lines {s} (planted={tag in planted})")
    return errs
