"""Page model, two renderers (reportlab / fpdf2) and the self-check for bench/heldout138 (see its generator)."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavuserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavumono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"helvetica": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}
FALLBACK = {"libsans": "helvetica", "libserif": "times", "libnarrow": "helvetica", "libmono": "courier",
            "dejavu": "helvetica", "dejavucond": "helvetica", "dejavuserif": "times", "dejavumono": "courier"}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def font_ok(fam: str) -> str:
    if fam in CORE_RL:
        return fam
    return fam if all((FONTDIR / p).exists() for p in TTF[fam]) else FALLBACK[fam]


class Doc:
    """Pages of drawing ops, y measured from the top (text y = baseline). '{NP}' is filled with the page count."""

    def __init__(self, size, font: str):
        self.W, self.H = size
        self.font = font_ok(font)
        self.pages: list[list[tuple]] = [[]]

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self):
        self.pages.append([])

    def t(self, x, y, s, z=8.0, b=False, a="l", font=None):
        self.pages[-1].append(("t", x, y, str(s), z, b, a, font or self.font))

    def hl(self, x0, x1, y, w=0.5):
        self.pages[-1].append(("l", x0, y, x1, y, w))

    def vl(self, x, y0, y1, w=0.5):
        self.pages[-1].append(("l", x, y0, x, y1, w))

    def box(self, x, y, w, h, fill=None, lw=0.6):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))


class Flow:
    """Vertical flow with page breaks; on_page(doc, flow, first) draws furniture and returns the first free y."""

    def __init__(self, doc: Doc, bottom: float, on_page):
        self.d, self.bottom, self.on_page = doc, bottom, on_page
        self.repeat = None  # callable(flow) drawing a continued table head
        self.y = on_page(doc, self, True)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.d.new_page()
            self.y = self.on_page(self.d, self, False)
            if self.repeat:
                self.repeat(self)
            return True
        return False

    def adv(self, h: float):
        self.y += h


def _rl_fonts(fam):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if fam in CORE_RL:
        return CORE_RL[fam]
    names = (fam + "-R", fam + "-B")
    for n, p in zip(names, TTF[fam]):
        if n not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(n, str(FONTDIR / p)))
    return names


def render_rl(doc: Doc, path: Path, title: str):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
    c.setTitle(title)
    c.setAuthor("synthetic test document")
    n = len(doc.pages)
    for ops in doc.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, z, b, a, fam = op
                s = s.replace("{NP}", str(n))
                fn = _rl_fonts(fam)[1 if b else 0]
                c.setFont(fn, z)
                if a == "r":
                    x -= stringWidth(s, fn, z)
                elif a == "c":
                    x -= stringWidth(s, fn, z) / 2
                c.drawString(x, doc.H - y, s)
            elif op[0] == "l":
                _, x0, y0, x1, y1, w = op
                c.setLineWidth(w)
                c.line(x0, doc.H - y0, x1, doc.H - y1)
            else:
                _, x, y, w, h, fill, lw = op
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.H - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str):
    from datetime import UTC, datetime

    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.W, doc.H) if doc.W < doc.H else (doc.H, doc.W),
               orientation="P" if doc.W < doc.H else "L")
    pdf.set_creation_date(datetime(2026, 2, 3, 8, 0, 0, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_author("synthetic test document")
    pdf.set_auto_page_break(False)
    core = {"helvetica": "Helvetica", "times": "Times", "courier": "Courier"}
    used = {op[7] for ops in doc.pages for op in ops if op[0] == "t"}
    for fam in used:
        if fam not in core:
            pdf.add_font(fam, "", str(FONTDIR / TTF[fam][0]))
            pdf.add_font(fam, "B", str(FONTDIR / TTF[fam][1]))
    n = len(doc.pages)
    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, z, b, a, fam = op
                s = s.replace("{NP}", str(n))
                pdf.set_font(core.get(fam, fam), "B" if b else "", z)
                w = pdf.get_string_width(s)
                if a == "r":
                    x -= w
                elif a == "c":
                    x -= w / 2
                pdf.text(x, y, s)
            elif op[0] == "l":
                _, x0, y0, x1, y1, w = op
                pdf.set_line_width(w)
                pdf.line(x0, y0, x1, y1)
            else:
                _, x, y, w, h, fill, lw = op
                pdf.set_line_width(lw or 0.1)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=("DF" if lw else "F") if fill is not None else "D")
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ check

MONEY = re.compile(r"\(?-?\$?\d[\d,]*\.\d\d\)?-?")
NUM = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")


def date_forms(d: date) -> set[str]:
    return {d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", d.isoformat(),
            d.strftime("%m%d%y"), d.strftime("%m%d%Y"), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", d.strftime("%d-%b-%Y").upper(),
            d.strftime("%b %d, %Y"), f"{d:%b} {d.day}"}


def money_vals(text: str) -> set[Decimal]:
    out = set()
    for m in MONEY.findall(text):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        try:
            v = Decimal(m.strip("()-").replace("$", "").replace(",", ""))
        except InvalidOperation:
            continue
        out.add(-v if neg else v)
    return out


def page_rows(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=True, x_tolerance=1.5, y_tolerance=2)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            pages.append(["   ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows])
    return pages


def check(out: Path, opts: dict) -> list[str]:
    """opts[layout] = {'date_on_row': bool, 'all_adj': bool}"""
    probs: list[str] = []
    for tp in sorted(out.glob("*.pdf.truth.json")):
        tr = json.loads(tp.read_text())
        pdf = Path(str(tp)[: -len(".truth.json")])
        o = opts[tr["layout"]]
        rows = page_rows(pdf)
        name = pdf.name
        if len(rows) != tr["pages"]:
            probs.append(f"{name}: pages {len(rows)} != {tr['pages']}")
        alltext = re.sub(r"\s+", "", " ".join(" ".join(r) for r in rows))
        for i, ln in enumerate(tr["lines"]):
            pg = rows[ln["page"] - 1]
            key = ln["code"] or (ln["description"] or "")[:12]
            cands = [k for k, r in enumerate(pg) if key and key in r]
            if not cands:
                probs.append(f"{name} line {i}: code {key} not on page {ln['page']}")
                continue
            d = date.fromisoformat(ln["service_date"])
            want_amts = {Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                  "copay", "coinsurance", "not_covered", "discount")
                         if ln[k] is not None}
            ok_row = None
            why = ""
            for k in cands:
                r = pg[k]
                window = " ".join(pg[k:k + o.get("window", 3)])
                vals = money_vals(r)
                miss = [a for a in want_amts if a not in vals]
                if miss:
                    why = f"amounts {miss} not on row {r!r}"
                    continue
                if ln["units"] is not None and Decimal(ln["units"]) not in {Decimal(x) for x in NUM.findall(r)}:
                    why = f"units {ln['units']} not on row {r!r}"
                    continue
                if any(m not in r for m in ln["modifiers"]):
                    why = f"modifiers {ln['modifiers']} not on row {r!r}"
                    continue
                dates = date_forms(d)
                if o.get("date_on_row", True):
                    if not any(f in r for f in dates):
                        why = f"date {d} not on row {r!r}"
                        continue
                elif not any(f in " ".join(pg) for f in dates):
                    why = f"date {d} not on page"
                    continue
                if ln["service_end"] and not any(f in r for f in date_forms(date.fromisoformat(ln["service_end"]))):
                    why = "service_end not on row"
                    continue
                wv = money_vals(window)
                bad = [a for a in ln["adjustments"]
                       if not (a[0] in window and a[1] in window and (a[2] is None or Decimal(a[2]) in wv))]
                if bad:
                    why = f"adjustments {bad} not near row {r!r}"
                    continue
                if any(rm not in window for rm in ln["remarks"]):
                    why = f"remarks {ln['remarks']} not near row"
                    continue
                ok_row = k
                break
            if ok_row is None:
                probs.append(f"{name} line {i} ({ln['code']} {ln['service_date']}): {why}")
            for f in ("claim_id", "payer_claim_id", "patient"):
                if ln[f] and re.sub(r"\s+", "", ln[f]) not in alltext:
                    probs.append(f"{name} line {i}: {f} {ln[f]!r} not in text")
            if o.get("all_adj") and ln["paid"] is not None and ln["billed"] is not None:
                s = Decimal(ln["billed"]) - sum((Decimal(a[2]) for a in ln["adjustments"]), Decimal(0))
                if s != Decimal(ln["paid"]):
                    probs.append(f"{name} line {i}: billed - adjustments {s} != paid {ln['paid']}")
        planted = {(f.get("payer_claim_id") or f.get("claim_id"), f["field"]) for f in tr["expected_findings"]}
        for c in tr["claims"]:
            key = c["payer_claim_id"] or c["claim_id"]
            mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"]
                    and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not mine:
                probs.append(f"{name}: claim {key} has no lines")
            for f, v in c["totals"].items():
                if v is None:
                    continue
                if re.sub(r"[$,]", "", v) and Decimal(v) not in money_vals(" ".join(" ".join(r) for r in rows)):
                    probs.append(f"{name}: claim {key} total {f} {v} not printed")
                if any(ln[f] is None for ln in mine):
                    continue
                s = sum((Decimal(ln[f]) for ln in mine), Decimal(0))
                if (s != Decimal(v)) != ((key, f) in planted):
                    probs.append(f"{name}: claim {key} {f} total {v} vs lines {s} (planted={(key, f) in planted})")
        for k, d in tr["legend"]:
            if k not in alltext:
                probs.append(f"{name}: legend code {k} not printed")
    return probs
