"""Small drawing + self-check kit for bench/heldout132 (two PDF producers behind one top-left-origin API)."""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype"
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "dejavu/DejaVuSansCondensed.ttf", "DejaVuSansCond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "dejavu/DejaVuSansMono.ttf", "DejaVuMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
LETTER = (612.0, 792.0)


class Doc:
    """Top-left origin, points; y is the text baseline."""

    def __init__(self, producer: str, landscape: bool = False, title: str = "") -> None:
        self.producer = producer
        self.w, self.h = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 0
        self.font = ("Helvetica", 9.0)
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.buf = io.BytesIO()
            self.c = canvas.Canvas(self.buf, pagesize=(self.w, self.h), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("eobreader heldout132")
            self._reg = set()
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_auto_page_break(False)
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_title(title)
            self._reg = set()
        self.new_page()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1
        self.set_font(*self.font)

    def set_font(self, name: str, size: float) -> None:
        self.font = (name, size)
        if self.producer == "reportlab":
            if name in TTF and name not in self._reg:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                pdfmetrics.registerFont(TTFont(name, f"{FONTDIR}/{TTF[name]}"))
                self._reg.add(name)
            self.c.setFont(name, size)
        else:
            if name in TTF:
                if name not in self._reg:
                    self.f.add_font(name, "", f"{FONTDIR}/{TTF[name]}")
                    self._reg.add(name)
                self.f.set_font(name, "", size)
            else:
                base, _, style = name.partition("-")
                st = {"Bold": "B", "Oblique": "I", "Italic": "I", "Roman": ""}.get(style, "")
                self.f.set_font(base, st, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, self.font[0], self.font[1])
        return self.f.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l", font: tuple | None = None) -> None:
        old = self.font
        if font:
            self.set_font(*font)
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.h - y, s)
        else:
            self.f.text(x, y, s)
        if font:
            self.set_font(*old)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(width)
            self.c.line(x1, self.h - y1, x2, self.h - y2)
        else:
            self.f.set_line_width(width)
            self.f.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.6, fill: float | None = None) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(width)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.h - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.h - y - h, w, h, stroke=1, fill=0)
        else:
            self.f.set_line_width(width)
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
                self.f.rect(x, y, w, h, style="DF")
            else:
                self.f.rect(x, y, w, h)

    def save(self, path: Path) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
            path.write_bytes(self.buf.getvalue())
        else:
            self.f.output(str(path))


class Table:
    """Column cells on one baseline. cols: list of (x, align)."""

    def __init__(self, doc: Doc, cols: list[tuple[float, str]]) -> None:
        self.d, self.cols = doc, cols

    def row(self, y: float, cells: list[str], font: tuple | None = None) -> None:
        for (x, al), s in zip(self.cols, cells):
            if s:
                self.d.text(x, y, s, al, font)


def wrap(doc: Doc, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------- check

def _dec(tok: str) -> Decimal | None:
    t = tok.strip().strip(",;:*")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") or t.endswith("CR"):
        neg, t = True, t.rstrip("-").removesuffix("CR")
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.replace("$", "").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    return -d if neg else d


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, x_tolerance=1.5, use_text_flow=False)
            words.sort(key=lambda w: (round(w["bottom"], 0), w["x0"]))
            rows: list[list[dict]] = []
            for w in sorted(words, key=lambda w: w["bottom"]):
                if rows and abs(rows[-1][0]["bottom"] - w["bottom"]) < 2.0:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            pages.append([" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for r in rows])
    return pages


def _decs(line: str) -> set:
    return {d for d in (_dec(t) for t in line.split()) if d is not None}


def check_file(pdf_path: Path, spec: dict) -> list[str]:
    """spec: date_fmt (callable date->str), date_on_row, adj_complete, adj_below (rows to look under the row)."""
    from datetime import date
    errs: list[str] = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = page_lines(pdf_path)
    name = pdf_path.name
    if len(pages) != truth["pages"]:
        errs.append(f"{name}: pages {len(pages)} != {truth['pages']}")
    doc_text = "\n".join("\n".join(p) for p in pages)
    for i, ln in enumerate(truth["lines"]):
        pg = pages[ln["page"] - 1]
        ptext = "\n".join(pg)
        cands = []
        for k, row in enumerate(pg):
            toks = row.split()
            if ln["code"] and not any(ln["code"] in t for t in toks):
                continue
            ds = _decs(row)
            if any(ln[a] is not None and Decimal(ln[a]) not in ds for a in
                   ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                    "not_covered", "discount")):
                continue
            if ln["units"] is not None and Decimal(ln["units"]) not in ds:
                continue
            if any(m not in row for m in ln["modifiers"]):
                continue
            dstr = spec["date_fmt"](date.fromisoformat(ln["service_date"]))
            if spec.get("date_on_row", True) and dstr not in row:
                continue
            cands.append(k)
        if not cands:
            errs.append(f"{name}: line {i} p{ln['page']} {ln['code']} {ln['service_date']} not found on one row")
            continue
        dstr = spec["date_fmt"](date.fromisoformat(ln["service_date"]))
        if dstr not in ptext:
            errs.append(f"{name}: line {i} date {dstr} not on page")
        k = cands[0]
        block = "\n".join(pg[k:k + 1 + spec.get("adj_below", 0)])
        bdecs = set()
        for r in pg[k:k + 1 + spec.get("adj_below", 0)]:
            bdecs |= _decs(r)
        for g, c, a in ln["adjustments"]:
            if not re.search(rf"{g}\s*[-]?\s*{c}\b", block):
                errs.append(f"{name}: line {i} adj {g}-{c} not by its row")
            if a is not None and Decimal(a) not in bdecs:
                errs.append(f"{name}: line {i} adj amount {a} not by its row")
        for r in ln["remarks"]:
            where = block if spec.get("remarks_on_row", True) else ptext
            if r not in where:
                errs.append(f"{name}: line {i} remark {r} missing")
        for key in ("claim_id", "payer_claim_id", "patient"):
            v = ln[key]
            if v is None:
                continue
            prev = "\n".join(pages[ln["page"] - 2]) if ln["page"] > 1 else ""
            if v not in ptext and v not in prev:
                errs.append(f"{name}: line {i} {key} {v!r} not on its page (or the one before)")
        if ln["description"]:
            if not all(w in ptext for w in ln["description"].split()):
                errs.append(f"{name}: line {i} description words missing")
        if spec.get("adj_complete") and ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{name}: line {i} billed-adj != paid")
    finds = " ".join(truth["expected_findings"])
    alldecs = _decs(doc_text.replace("\n", " "))
    for c in truth["claims"]:
        for key in ("claim_id", "payer_claim_id", "patient"):
            if c[key] is not None and c[key] not in doc_text:
                errs.append(f"{name}: claim {key} {c[key]!r} not in document")
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"{name}: claim {c['claim_id']} has no lines")
        for key, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in alldecs:
                errs.append(f"{name}: claim total {key} {v} not printed")
            s = sum((Decimal(ln[key]) for ln in mine if ln[key] is not None), Decimal(0))
            if s != Decimal(v):
                ident = str(c["payer_claim_id"] or c["claim_id"])
                if ident in finds and "mismatch" in finds:
                    continue
                errs.append(f"{name}: claim {c['claim_id']} {key} total {v} != lines {s}")
    for f in truth["expected_findings"]:
        nums = re.findall(r"\d+\.\d\d", f)
        if any(Decimal(n) not in alldecs for n in nums[:1]):
            errs.append(f"{name}: finding amount not printed: {f}")
    return errs
