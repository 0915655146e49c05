"""Drawing layer (reportlab or fpdf2 behind one small API) and the self-check for set 45.

A Doc collects drawing operations page by page, so the page count is known before anything is rendered and
"Page n of {N}" is filled in at save time. The check reads the written PDF with pdfplumber, groups words into
text lines and looks for each truth line's printed tokens inside that line's band.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
TTF = {
    "LibSerif": TT + "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf", "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf", "DejaVu-B": TT + "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": TT + "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVMono": TT + "dejavu/DejaVuSansMono.ttf", "DVMono-B": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "DVSerifC": TT + "dejavu/DejaVuSerifCondensed.ttf", "DVSerifC-B": TT + "dejavu/DejaVuSerifCondensed-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
             "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}
for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))


def sw(txt: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(txt, font, size)


def wrap(txt: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in txt.split():
        nxt = (cur + " " + w).strip()
        if cur and sw(nxt, font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = nxt
    return out + ([cur] if cur else [])


class Doc:
    """Coordinates in points from the TOP-left corner; y of text is its baseline."""

    def __init__(self, producer: str, landscape: bool = False):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.pages: list[list] = [[]]

    @property
    def pn(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def t(self, x, y, txt, f="Helvetica", sz=8.0, al="l"):
        self.pages[-1].append(("t", x, y, str(txt), f, sz, al))

    def hl(self, x1, x2, y, w=0.5, g=0.0):
        self.pages[-1].append(("l", x1, y, x2, y, w, g))

    def vl(self, x, y1, y2, w=0.5, g=0.0):
        self.pages[-1].append(("l", x, y1, x, y2, w, g))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def save(self, path: Path) -> int:
        n = len(self.pages)
        if self.producer == "reportlab":
            self._rl(path, n)
        else:
            self._fp(path, n)
        return n

    def _rl(self, path, n):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Statement")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, txt, f, sz, al = op
                    txt = txt.replace("{N}", str(n))
                    c.setFont(f, sz)
                    c.setFillGray(0)
                    fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[al]
                    fn(x, self.H - y, txt)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    c.setLineWidth(w)
                    c.setStrokeGray(g)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _fp(self, path, n):
        from fpdf import FPDF
        from eobgen import FIXED_WHEN
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, txt, f, sz, al = op
                    txt = txt.replace("{N}", str(n))
                    if f in CORE_FPDF:
                        fam, st = CORE_FPDF[f]
                        pdf.set_font(fam, st, sz)
                    else:
                        if f not in added:
                            pdf.add_font(f, "", TTF[f])
                            added.add(f)
                        pdf.set_font(f, "", sz)
                    w = pdf.get_string_width(txt)
                    xx = x if al == "l" else (x - w if al == "r" else x - w / 2)
                    pdf.text(xx, y, txt)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    pdf.set_line_width(w)
                    pdf.set_draw_color(int(g * 255))
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(0)
                    style = ""
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style += "F"
                    if stroke:
                        style += "D"
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


class Table:
    """Columns: list of (key, x, align). Draws one text line of values."""

    def __init__(self, doc: Doc, cols, font, size):
        self.doc, self.cols, self.font, self.size = doc, cols, font, size

    def row(self, y, vals: dict, font=None, size=None):
        for key, x, al in self.cols:
            v = vals.get(key)
            if v not in (None, ""):
                self.doc.t(x, y, v, font or self.font, size or self.size, al)


# ------------------------------------------------------------------------------------------- check

def page_lines(pdf_path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for page in pdf.pages:
            words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
            words.sort(key=lambda w: (round(w["top"]), w["x0"]))
            lines: list[list] = []
            for w in words:
                for ln in lines:
                    if abs(ln[0] - w["top"]) <= 2.2:
                        ln[1].append(w)
                        break
                else:
                    lines.append([w["top"], [w]])
            lines.sort(key=lambda ln: ln[0])
            out.append([" ".join(w["text"] for w in sorted(ln[1], key=lambda w: w["x0"])) for ln in lines])
    return out


def has(line: str, tok: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z.])" + re.escape(tok) + r"(?![0-9A-Za-z])", line) is not None


def check_file(pdf_path: Path, spec: dict) -> list[str]:
    """spec: d(date)->str, m(Decimal)->str, code(code, mods)->tokens, u(units str)->str|None,
    adj(g, r, a)->tokens, rem(r)->str, band (lines below the anchor), date_row, pageof, total_label,
    adj_complete (billed - adjustments = paid), share (allowed - ded - copay - coins = paid)."""
    from datetime import date as _d
    errs: list[str] = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = page_lines(pdf_path)
    name = pdf_path.name
    if len(pages) != truth["pages"]:
        errs.append(f"{name}: {len(pages)} pages, truth says {truth['pages']}")
    if spec.get("pageof", True):
        for i in range(len(pages)):
            if not any(f"page {i + 1} of {len(pages)}" in ln.lower() for ln in pages[i]):
                errs.append(f"{name}: no 'Page {i + 1} of {len(pages)}' on page {i + 1}")
    alltext = " ".join(" ".join(p) for p in pages)
    used: set = set()
    band = spec.get("band", 0)
    for k, tl in enumerate(truth["lines"]):
        p = tl["page"] - 1
        if p >= len(pages):
            errs.append(f"{name} line {k}: page {p + 1} missing")
            continue
        dt = _d.fromisoformat(tl["service_date"])
        dtok = spec["d"](dt)
        ctoks = spec["code"](tl["code"], tl["modifiers"])
        toks = list(ctoks)
        if spec.get("date_row", True):
            toks.append(dtok)
        elif not any(has(ln, dtok) or dtok in ln for ln in pages[p]):
            errs.append(f"{name} line {k}: date {dtok} not on page {p + 1}")
        if tl["service_end"]:
            toks.append(spec["d"](_d.fromisoformat(tl["service_end"])))
        if tl["units"] is not None:
            toks.append(spec["u"](tl["units"]))
        for key in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                    "not_covered", "discount"):
            if tl[key] is not None:
                toks.append(spec["m"](Decimal(tl[key])))
        for g, r, a in tl["adjustments"]:
            toks += spec["adj"](g, r, None if a is None else Decimal(a))
        toks += [spec["rem"](r) for r in tl["remarks"]]
        lines = pages[p]
        found = False
        for i, ln in enumerate(lines):
            if (p, i) in used or not all(has(ln, c) for c in ctoks[:1]):
                continue
            bandtxt = lines[i:i + band + 1]
            if all(any(has(b, t) for b in bandtxt) for t in toks):
                used.add((p, i))
                found = True
                break
        if not found:
            errs.append(f"{name} line {k}: tokens {toks} not found in one band on page {p + 1}")
        # arithmetic
        if spec.get("adj_complete") and tl["billed"] is not None and tl["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in tl["adjustments"]), Decimal("0"))
            if Decimal(tl["billed"]) - s != Decimal(tl["paid"]):
                errs.append(f"{name} line {k}: billed - adjustments != paid")
        if spec.get("share") and tl["allowed"] is not None and tl["paid"] is not None:
            keys = [x for x in ("deductible", "copay", "coinsurance") if tl[x] is not None] or ["patient_owes"]
            parts = sum((Decimal(tl[x]) for x in keys), Decimal(0))
            if Decimal(tl["allowed"]) - parts != Decimal(tl["paid"]):
                errs.append(f"{name} line {k}: allowed - cost share != paid")
        if spec.get("owes_rule"):
            e = spec["owes_rule"](tl)
            if e:
                errs.append(f"{name} line {k}: {e}")
    flat = re.sub(r"\s+", " ", alltext)
    planted = {f.split(" claim ", 1)[1].split(":")[0] for f in truth["expected_findings"]}
    for c in truth["claims"]:
        for key in ("claim_id", "payer_claim_id", "patient"):
            if c[key] is not None and c[key] not in flat:
                errs.append(f"{name}: claim {key} {c[key]!r} not in text")
        ident = c["payer_claim_id"] or c["claim_id"]
        mine = [tl for tl in truth["lines"] if tl["claim_id"] == c["claim_id"] and
                tl["payer_claim_id"] == c["payer_claim_id"] and tl["patient"] == c["patient"]]
        for key, v in c["totals"].items():
            if v is None:
                continue
            lab = spec.get("total_label", "Total")
            if not any(lab.lower() in ln.lower() and has(ln, spec["m"](Decimal(v))) for pg in pages for ln in pg):
                errs.append(f"{name}: claim {ident} total {key} {v} not on a '{lab}' line")
            vals = [tl[key] for tl in mine if tl[key] is not None]
            if len(vals) == len(mine) and mine:
                s = sum(Decimal(x) for x in vals)
                if s != Decimal(v) and ident not in planted:
                    errs.append(f"{name}: claim {ident} {key} lines {s} != total {v}")
                if s == Decimal(v) and ident in planted and key == spec.get("planted_key"):
                    errs.append(f"{name}: planted mismatch on {ident} is not a mismatch")
    return errs
