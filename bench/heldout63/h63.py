"""Small drawing layer (reportlab / fpdf2 behind one interface) and the --check of set 63's factory.

Coordinates are points from the TOP-left corner; y is a text baseline.  Nothing here reads eobreader.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

TTF = "/usr/share/fonts/truetype/"
FONTS = {
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSerifCondensed": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Doc:
    def __init__(self, path: Path, producer: str, font: str, landscape: bool = False):
        self.producer, self.font = producer, font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        self.path = path
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if font in CORE_RL:
                self._rl = CORE_RL[font]
            else:
                reg, bold = FONTS[font]
                for nm, f in ((font, reg), (font + "-B", bold)):
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, TTF + f))
                self._rl = (font, font + "-B")
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_auto_page_break(False)
            self.f.set_title(path.stem)
            if font in FONTS:
                reg, bold = FONTS[font]
                self.f.add_font(font, "", TTF + reg)
                self.f.add_font(font, "B", TTF + bold)
            self._fp = font

    # ------------------------------------------------------------------ primitives
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._rl[1 if bold else 0], size)
        self.f.set_font(self._fp, "B" if bold else "", size)
        return self.f.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 7, bold: bool = False, align: str = "L",
             grey: float = 0.0) -> None:
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(grey)
            self.c.setFont(self._rl[1 if bold else 0], size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(grey * 255)
            self.f.set_text_color(g, g, g)
            self.f.set_font(self._fp, "B" if bold else "", size)
            self.f.text(x, y, s)
            self.f.set_text_color(0, 0, 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, grey: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(grey)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            g = int(grey * 255)
            self.f.set_line_width(w)
            self.f.set_draw_color(g, g, g)
            self.f.line(x1, y1, x2, y2)
            self.f.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        """y is the TOP edge."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            style = ("D" if stroke else "") + ("F" if fill is not None else "")
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
            self.f.rect(x, y, w, h, style=style or "D")

    def wrap(self, s: str, width: float, size: float, bold: bool = False) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.width(t, size, bold) > width:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page


class Table:
    """Columns: (heading with \\n for stacked labels, width, align)."""

    def __init__(self, doc: Doc, x0: float, cols: list[tuple[str, float, str]], size: float = 7,
                 head_size: float | None = None, lead: float | None = None):
        self.d, self.cols, self.size = doc, cols, size
        self.head_size = head_size or size
        self.lead = lead or size * 1.25
        self.xs = []
        x = x0
        for _h, w, _a in cols:
            self.xs.append(x)
            x += w
        self.x0, self.x1 = x0, x

    def head(self, y: float, bold: bool = True, rule: bool = True, fill: float | None = None,
             vlines: bool = False) -> float:
        n = max(h.count("\n") + 1 for h, _w, _a in self.cols)
        hl = self.head_size * 1.15
        top = y - self.head_size - 2
        if fill is not None:
            self.d.rect(self.x0, top, self.x1 - self.x0, n * hl + 4, fill=fill, stroke=False)
        for (h, w, a), x in zip(self.cols, self.xs):
            parts = h.split("\n")
            for i, p in enumerate(parts):
                yy = y + (n - len(parts) + i) * hl
                self.cell(x, w, a, yy, p, self.head_size, bold)
        bottom = y + (n - 1) * hl + 3
        if rule:
            self.d.line(self.x0, bottom, self.x1, bottom, 0.6)
        if vlines:
            for x in self.xs[1:]:
                self.d.line(x, top, x, bottom, 0.3)
        return bottom + self.lead

    def cell(self, x: float, w: float, a: str, y: float, s: str, size: float, bold: bool = False) -> None:
        if a == "R":
            self.d.text(x + w - 2, y, s, size, bold, "R")
        elif a == "C":
            self.d.text(x + w / 2, y, s, size, bold, "C")
        else:
            self.d.text(x + 2, y, s, size, bold)

    def row(self, y: float, vals: list, bold: bool = False, wrap_col: int | None = None) -> float:
        """Draw one row; a list value in a cell (or the wrap column) continues on the next text lines.
        Returns the y of the next row."""
        extra = 0
        for i, ((_h, w, a), x, v) in enumerate(zip(self.cols, self.xs, vals)):
            if v is None:
                continue
            lines = v if isinstance(v, list) else (self.d.wrap(v, w - 4, self.size, bold) if i == wrap_col
                                                   else [v])
            for k, s in enumerate(lines):
                self.cell(x, w, a, y + k * self.lead, s, self.size, bold)
            extra = max(extra, len(lines) - 1)
        return y + (extra + 1) * self.lead

    def rows_needed(self, vals: list, wrap_col: int | None = None) -> int:
        n = 1
        for i, ((_h, w, _a), v) in enumerate(zip(self.cols, vals)):
            if isinstance(v, list):
                n = max(n, len(v))
            elif i == wrap_col and v:
                n = max(n, len(self.d.wrap(v, w - 4, self.size)))
        return n


# ============================================================================== check

def _num(s: str) -> Decimal | None:
    try:
        return abs(Decimal(s.replace(",", "")))
    except InvalidOperation:
        return None


def _nums(text: str) -> set[Decimal]:
    out = set()
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        v = _num(m.group(0))
        if v is not None:
            out.add(v)
    return out


def _date_forms(d: date) -> list[str]:
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"),
            f"{d:%b} {d.day:02d}, {d.year}", f"{d.month}/{d.day}/{d:%y}", d.strftime("%d%b%y").upper(),
            f"{d:%b} {d.day}"]


def page_rows(pdf) -> list[list[str]]:
    pages = []
    for p in pdf.pages:
        words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
        words.sort(key=lambda w: (round(w["bottom"], 0), w["x0"]))
        rows: list[tuple[float, list]] = []
        for w in words:
            if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                rows[-1][1].append(w)
            else:
                rows.append((w["bottom"], [w]))
        pages.append([" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for _b, r in rows])
    return pages


def check_file(pdf_path: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != t["pages"]:
            errs.append(f"pages {len(pdf.pages)} != truth {t['pages']}")
        rows = page_rows(pdf)
    doc_text = "\n".join("\n".join(r) for r in rows)
    amt_keys = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                "not_covered", "discount")
    for i, ln in enumerate(t["lines"]):
        tag = f"line {i} ({ln['code']} {ln['service_date']} p{ln['page']})"
        prow = rows[ln["page"] - 1]
        ptext = "\n".join(prow)
        cands = [r for r in prow if ln["code"] and ln["code"] in r]
        ok = None
        for r in cands:
            nums = _nums(r)
            need = [Decimal(ln[k]).copy_abs() for k in amt_keys if ln[k] is not None]
            if ln["units"] is not None:
                need.append(Decimal(ln["units"]))
            if all(n in nums for n in need) and all(m in r for m in ln["modifiers"]):
                ok = r
                break
        if ok is None:
            errs.append(f"{tag}: no text row with code+mods+units+amounts")
        sd = date.fromisoformat(ln["service_date"])
        if not any(f in ptext for f in _date_forms(sd)):
            errs.append(f"{tag}: service date not on page")
        if ln["service_end"] and not any(f in ptext for f in _date_forms(date.fromisoformat(ln["service_end"]))):
            errs.append(f"{tag}: service end not on page")
        for g, rc, a in ln["adjustments"]:
            if g not in ptext or rc not in ptext or (a is not None and Decimal(a).copy_abs() not in _nums(ptext)):
                errs.append(f"{tag}: adjustment {g} {rc} {a} not on page")
        for rm in ln["remarks"]:
            if not re.search(r"(?<![A-Za-z0-9])" + re.escape(rm) + r"(?![A-Za-z0-9])", ptext):
                errs.append(f"{tag}: remark {rm} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in doc_text:
                errs.append(f"{tag}: {k} {ln[k]!r} not in document")
        # the patient and ids must be on this page or an earlier one (heading before the rows)
        upto = "\n".join("\n".join(r) for r in rows[: ln["page"]])
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in upto:
                errs.append(f"{tag}: {k} printed only after the line")
        # arithmetic
        D = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in amt_keys}
        adj_all = ln["adjustments"] and all(a is not None for _g, _r, a in ln["adjustments"])
        if adj_all and D["billed"] is not None and D["paid"] is not None:
            s = sum(Decimal(a) for _g, _r, a in ln["adjustments"])
            if D["billed"] - s != D["paid"]:
                errs.append(f"{tag}: billed - adjustments {D['billed'] - s} != paid {D['paid']}")
        if all(D[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
            if D["billed"] - D["discount"] - D["not_covered"] != D["allowed"] and D["not_covered"] == 0:
                errs.append(f"{tag}: billed - discount - not covered != allowed")
        if all(D[k] is not None for k in ("allowed", "deductible", "coinsurance", "paid")):
            cp = D["copay"] or Decimal(0)
            seq = sum((Decimal(a) for _g, r, a in ln["adjustments"] if r == "253" and a is not None), Decimal(0))
            if D["allowed"] - D["deductible"] - cp - D["coinsurance"] - seq != D["paid"]:
                errs.append(f"{tag}: allowed - ded - copay - coins != paid")
    planted = " ".join(t["expected_findings"])
    for c in t["claims"]:
        lines = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"]
                 and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not lines:
            errs.append(f"claim {c['payer_claim_id'] or c['claim_id']}: no lines")
            continue
        key = c["payer_claim_id"] or c["claim_id"]
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v).copy_abs() not in _nums(doc_text):
                errs.append(f"claim {key}: total {k} {v} not printed")
            vals = [ln[k] for ln in lines]
            if any(x is None for x in vals):
                continue
            s = sum(Decimal(x) for x in vals)
            mismatch = s != Decimal(v)
            if mismatch and f"claim {key}:" not in planted:
                errs.append(f"claim {key}: {k} total {v} != lines {s}")
            if not mismatch and f"claim {key}:" in planted and k in planted.split(f"claim {key}:")[1][:60]:
                errs.append(f"claim {key}: planted mismatch on {k} is not a mismatch")
    for code, text in t["legend"]:
        if code not in doc_text:
            errs.append(f"legend {code} not printed")
    return errs
