"""Drawing and self-check helpers for held-out set 196 (one canvas API over reportlab and fpdf2)."""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal
from pathlib import Path

LETTER = (612.0, 792.0)
TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}


class Canvas:
    """Top-left origin, points. y passed to text() is the baseline."""

    def __init__(self, producer: str, landscape: bool, when):
        self.producer = producer
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 0
        self.buf = io.BytesIO()
        self._font = None
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for name, path in TTF.items():
                try:
                    pdfmetrics.getFont(name)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(name, path))
            self.c = canvas.Canvas(self.buf, pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Document")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(when)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            self._added = set()
        self.new_page()

    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        if self._font:
            self.font(*self._font)

    def font(self, name: str, size: float):
        self._font = (name, size)
        if self.producer == "reportlab":
            self.c.setFont(name, size)
        else:
            if name in CORE:
                fam = "times" if name.startswith("Times") else "courier" if name.startswith("Courier") else "helvetica"
                self.c.set_font(fam, "B" if "Bold" in name else "", size)
            else:
                if name not in self._added:
                    self.c.add_font(name, "", TTF[name])
                    self._added.add(name)
                self.c.set_font(name, "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._font[0], self._font[1])
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l"):
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1, x2, y, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y, x2, y)

    def vline(self, x, y1, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x, y1, x, y2)

    def box(self, x, y, w, h, gray: float | None = None, stroke=True):
        if self.producer == "reportlab":
            if gray is not None:
                self.c.setFillGray(gray)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if gray is not None else 0)
            self.c.setFillGray(0)
        else:
            if gray is not None:
                g = int(gray * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=("DF" if stroke else "F") if gray is not None else "D")
            self.c.set_fill_color(0, 0, 0)

    def save(self) -> bytes:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
            return self.buf.getvalue()
        return bytes(self.c.output())


def wrap(cv: Canvas, s: str, width: float) -> list[str]:
    words, out, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cv.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------ self-check

def _has(line: str, tok: str) -> bool:
    pat = r"(?<![0-9A-Za-z.])" + re.escape(tok) + r"(?![0-9A-Za-z])"
    return re.search(pat, line) is not None


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    with pdfplumber.open(pdf_path) as pdf:
        return [(p.extract_text() or "").splitlines() for p in pdf.pages]


def check_file(pdf_path: Path, fmt: dict) -> list[str]:
    """fmt: money(Decimal)->str, date(date)->str, code(code, mods)->list[str], units(str)->str,
    adj(g, c, amt)->list[str], date_on_row bool, adj_complete bool, row_amounts tuple."""
    from datetime import date as _d
    errs = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        errs.append(f"page count {len(pages)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    keys = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
            "discount")
    for i, ln in enumerate(truth["lines"]):
        lines = pages[ln["page"] - 1]
        ptxt = "\n".join(lines)
        toks = list(fmt["code"](ln["code"], ln["modifiers"]))
        if ln["units"] is not None:
            toks.append(fmt["units"](ln["units"]))
        dtok = fmt["date"](_d.fromisoformat(ln["service_date"]))
        if fmt.get("date_on_row", True):
            toks.append(dtok)
        elif dtok not in ptxt:
            errs.append(f"line {i}: date {dtok} not on page")
        for k in keys:
            if ln[k] is not None:
                toks.append(fmt["money"](Decimal(ln[k])))
        rows = [j for j, t in enumerate(lines) if all(_has(t, x) for x in toks)]
        if not rows:
            errs.append(f"line {i} p{ln['page']}: no text row holds {toks}")
            continue
        ok_tail = False
        for j in rows:
            tail = " ".join(lines[j:j + 4])
            adj_t = [t for g, c, a in ln["adjustments"] for t in fmt["adj"](g, c, Decimal(a) if a else None)]
            if all(_has(tail, t) for t in adj_t) and all(_has(tail, r) for r in ln["remarks"]):
                ok_tail = True
        if not ok_tail:
            errs.append(f"line {i}: adjustments/remarks {ln['adjustments']} {ln['remarks']} not by its row")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in alltext:
                errs.append(f"line {i}: {k} {ln[k]!r} not in text")
        if ln["description"] and ln["description"].split()[0] not in ptxt:
            errs.append(f"line {i}: description not on page")
        if fmt.get("adj_complete") and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for g, c, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
        if ln["allowed"] is not None and ln["paid"] is not None and ln["patient_owes"] is not None \
                and fmt.get("allowed_split"):
            nc = Decimal(ln["not_covered"] or 0)
            if Decimal(ln["allowed"]) + nc != Decimal(ln["paid"]) + Decimal(ln["patient_owes"]):
                errs.append(f"line {i}: allowed != paid + owes")
    found = []
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['payer_claim_id'] or c['claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if fmt["money"](Decimal(v)) not in alltext:
                errs.append(f"claim {c['claim_id']}: total {k} {v} not printed")
            if all(ln[k] is not None for ln in mine):
                s = sum((Decimal(ln[k]) for ln in mine), Decimal(0))
                if s != Decimal(v):
                    found.append((c, k, s, v))
    exp = truth["expected_findings"]
    spans = {}
    for ln in truth["lines"]:
        spans.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
    fmt["_spanning"] = sum(len(v) > 1 for v in spans.values())
    for c, k, s, v in found:
        ident = c["payer_claim_id"] or c["claim_id"]
        if not any(ident in e and v in e for e in exp):
            errs.append(f"claim {ident}: {k} total {v} != lines {s} and not declared")
    if len(found) != len(exp):
        errs.append(f"expected findings {len(exp)} but {len(found)} mismatches")
    return errs
