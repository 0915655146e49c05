"""Small drawing kit for set 199: one page model rendered by reportlab or fpdf2, plus the self-check."""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": FD + "liberation/LiberationSans-Regular.ttf", "LibSans-B": FD + "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": FD + "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": FD + "liberation/LiberationSerif-Bold.ttf",
    "LibMono": FD + "liberation/LiberationMono-Regular.ttf", "LibMono-B": FD + "liberation/LiberationMono-Bold.ttf",
    "DVSans": FD + "dejavu/DejaVuSans.ttf", "DVSans-B": FD + "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": FD + "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerifC": FD + "dejavu/DejaVuSerifCondensed.ttf", "DVSerifC-B": FD + "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": FD + "dejavu/DejaVuSansMono.ttf", "DVMono-B": FD + "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica": "helvetica", "Helvetica-Bold": "helvetica", "Times-Roman": "times", "Times-Bold": "times",
        "Courier": "courier", "Courier-Bold": "courier"}
for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, font, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    """Pages of drawing ops; y is measured from the top of the page (text y = baseline)."""

    def __init__(self, size=LETTER):
        self.W, self.H = size
        self.pages: list[list] = []

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self):
        self.pages.append([])

    def text(self, x, y, s, font="Helvetica", size=9.0, align="l"):
        s = str(s)
        w = width(s.replace("{N}", "9"), font, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.pages[-1].append(("t", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def para(self, x, y, s, font, size, w, lead=None):
        lead = lead or size * 1.25
        for ln in wrap(s, font, size, w):
            self.text(x, y, ln, font, size)
            y += lead
        return y

    # ------------------------------------------------------------------ render
    def _fix(self):
        n = str(len(self.pages))
        self.pages = [[(o[:3] + (o[3].replace("{N}", n),) + o[4:]) if o[0] == "t" else o for o in ops]
                      for ops in self.pages]

    def save_reportlab(self, path: Path, title: str):
        self._fix()
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(title)
        c.setAuthor("set199 factory")
        H = self.H
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, sz = op
                    c.setFont(f, sz)
                    c.drawString(x, H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, H - y1, x2, H - y2)
                else:
                    _, x, y, w, h, lw, fill = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, H - y - h, w, h, stroke=1 if lw else 0, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path, title: str):
        from datetime import UTC, datetime

        from fpdf import FPDF
        self._fix()
        pdf = FPDF(orientation="L" if self.W > self.H else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_title(title)
        pdf.set_author("set199 factory")
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, sz = op
                    if f in CORE:
                        pdf.set_font(CORE[f], "B" if f.endswith("Bold") else "", sz)
                    else:
                        if f not in added:
                            pdf.add_font(f, "", TTF[f])
                            added.add(f)
                        pdf.set_font(f, "", sz)
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, lw, fill = op
                    pdf.set_line_width(lw or 0.1)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF" if lw else "F")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


class Cols:
    """Column positions: list of (x, align); x is the right edge for 'r' columns."""

    def __init__(self, spec):
        self.spec = spec

    def row(self, doc, y, vals, font, size):
        for (x, a), v in zip(self.spec, vals):
            if v not in (None, ""):
                doc.text(x, y, v, font, size, a)


# ---------------------------------------------------------------------------------------- self-check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{1,3}\)?-?|\(?-?\$?\d+\)?")


def nums(s: str) -> set[Decimal]:
    out = set()
    for m in NUM.findall(s):
        t = m
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
        t = t.strip("()-").replace("$", "").replace(",", "").lstrip("-")
        try:
            d = Decimal(t)
        except InvalidOperation:
            continue
        out.add(-d if neg and d else d)
    return out


def text_rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) < 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"),
            d.strftime("%Y%m%d"), f"{d.month}/{d.day}/{d:%y}", d.strftime("%d %b %Y"), d.strftime("%b %d, %Y")]


def check_folder(out: Path, meta: dict) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    for pdf_path in sorted(out.glob("*.pdf")):
        tr = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        m = meta[pdf_path.stem]
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{pdf_path.name}: pages {len(pdf.pages)} != {tr['pages']}")
            rows = [text_rows(p) for p in pdf.pages]
            ptxt = [p.extract_text() or "" for p in pdf.pages]
        alltxt = "\n".join(ptxt)
        flat = re.sub(r"\s+", " ", alltxt)
        n = pdf_path.name
        for i, ln in enumerate(tr["lines"]):
            tag = f"{n} line {i + 1} ({ln['code']} {ln['service_date']})"
            pg = ln["page"]
            if not 1 <= pg <= len(rows):
                errs.append(f"{tag}: bad page")
                continue
            prow = rows[pg - 1]
            cand = [r for r in prow if ln["code"] in r]
            if ln.get("_rowkey"):
                cand = [r for r in cand if ln["_rowkey"] in r]
            if not cand:
                errs.append(f"{tag}: code not on page {pg}")
                continue
            ok = False
            for r in cand:
                rn = nums(r)
                good = all(m_ in r for m_ in ln["modifiers"])
                if ln["units"] is not None:
                    good &= Decimal(ln["units"]) in rn
                for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                          "not_covered", "discount"):
                    if ln[k] is not None and m.get("row_amounts", True):
                        good &= Decimal(ln[k]) in rn
                if good:
                    ok = True
                    break
            if not ok:
                errs.append(f"{tag}: values not on the service row: {cand}")
            pt = ptxt[pg - 1]
            ptn = nums(pt)
            if ln["service_date"] and not any(f in pt for f in date_forms(ln["service_date"])):
                errs.append(f"{tag}: date not on page")
            if ln["service_end"] and not any(f in pt for f in date_forms(ln["service_end"])):
                errs.append(f"{tag}: end date not on page")
            for k in ("billed", "allowed", "paid", "patient_owes"):
                if ln[k] is not None and Decimal(ln[k]) not in ptn:
                    errs.append(f"{tag}: {k} {ln[k]} not on page")
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}\s*-?\s*{c}\b", pt):
                    errs.append(f"{tag}: adj {g}-{c} not on page")
                if a is not None and Decimal(a) not in ptn and -Decimal(a) not in ptn:
                    errs.append(f"{tag}: adj amount {a} not on page")
            for rk in ln["remarks"]:
                if rk not in pt:
                    errs.append(f"{tag}: remark {rk} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in flat:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document")
            if m.get("all_adjs") and ln["billed"] is not None and ln["paid"] is not None:
                s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments != paid")
        # claim totals
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                    and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
            if not mine:
                errs.append(f"{n}: claim {c} has no lines")
            for k, v in (c.get("totals") or {}).items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
                if Decimal(v) not in nums(alltxt):
                    errs.append(f"{n}: claim {c['payer_claim_id']} total {k} {v} not printed")
                planted = [f for f in tr["expected_findings"] if str(c["payer_claim_id"] or c["claim_id"]) in f
                           and k in f.split(":")[0] + f]
                if s != Decimal(v) and not planted:
                    errs.append(f"{n}: claim {c['payer_claim_id']} {k} total {v} != lines {s}")
                if planted and s == Decimal(v) and k == m.get("planted_key"):
                    errs.append(f"{n}: planted mismatch is not a mismatch")
        for ln in tr["lines"]:
            ln.pop("_rowkey", None)
    return errs
