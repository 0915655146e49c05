"""Small drawing + self-check kit for bench/heldout213 (one canvas API over reportlab and fpdf2)."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": FONTDIR + "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": FONTDIR + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": FONTDIR + "dejavu/DejaVuSerif.ttf",
    "DejaVuSerifCondensed": FONTDIR + "dejavu/DejaVuSerifCondensed.ttf",
    "LibSans": FONTDIR + "liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": FONTDIR + "liberation/LiberationSans-Bold.ttf",
    "LibSerif": FONTDIR + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": FONTDIR + "liberation2/LiberationSerif-Bold.ttf",
    "LibNarrow": FONTDIR + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": FONTDIR + "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": FONTDIR + "liberation/LiberationMono-Regular.ttf",
    "LibMono-Bold": FONTDIR + "liberation2/LiberationMono-Bold.ttf",
}
CORE_RL = {("helvetica", ""): "Helvetica", ("helvetica", "B"): "Helvetica-Bold", ("times", ""): "Times-Roman",
           ("times", "B"): "Times-Bold", ("courier", ""): "Courier", ("courier", "B"): "Courier-Bold",
           ("helvetica", "I"): "Helvetica-Oblique", ("times", "I"): "Times-Italic"}


class Pdf:
    """Top-left origin, points. fonts: logical key -> TTF key or ('core', family, style)."""

    def __init__(self, producer: str, size: tuple[float, float], fonts: dict, title: str):
        self.producer, self.w, self.h, self.fonts = producer, size[0], size[1], fonts
        self.pages = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            self._pm = pdfmetrics
            self._rl = {}
            for k, v in fonts.items():
                if isinstance(v, tuple):
                    self._rl[k] = CORE_RL[(v[1], v[2])]
                else:
                    name = "h213" + v
                    if name not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(name, TTF[v]))
                    self._rl[k] = name
            self._buf_path = None
            self._title = title
            self.c = None
        else:
            from fpdf import FPDF
            from samples.pdf.eobgen import FIXED_WHEN
            self.f = FPDF(unit="pt", format=(self.w, self.h))
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_auto_page_break(False)
            self.f.set_margins(0, 0, 0)
            self.f.set_title(title)
            self._fp = {}
            for k, v in fonts.items():
                if isinstance(v, tuple):
                    self._fp[k] = (v[1], v[2])
                else:
                    fam = "h" + v.replace("-", "").lower()
                    self.f.add_font(fam, "", TTF[v])
                    self._fp[k] = (fam, "")
        self._ops: list = []

    # -- drawing (recorded, replayed at save so reportlab can know its path late)
    def page(self) -> int:
        self.pages += 1
        self._ops.append(("page",))
        return self.pages

    def t(self, x, y, s, f="R", size=9, align="l"):
        self._ops.append(("t", x, y, str(s), f, size, align))

    def width(self, s, f="R", size=9) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._rl[f], size)
        fam, st = self._fp[f]
        self.f.set_font(fam, st, size)
        return self.f.get_string_width(s)

    def hl(self, x1, x2, y, lw=0.5):
        self._ops.append(("l", x1, y, x2, y, lw))

    def vl(self, x, y1, y2, lw=0.5):
        self._ops.append(("l", x, y1, x, y2, lw))

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self._ops.append(("r", x, y, w, h, lw, fill))

    def wrap(self, s, maxw, f="R", size=9) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            cand = (cur + " " + word).strip()
            if cur and self.width(cand, f, size) > maxw:
                out.append(cur)
                cur = word
            else:
                cur = cand
        if cur:
            out.append(cur)
        return out

    footer = None  # fn(pdf, page_no, n_pages), drawn on every page at save time

    def _with_footers(self):
        if not self.footer:
            return self._ops
        ops, page, body = [], 0, self._ops
        for op in body + [("page",)]:
            if op[0] == "page" and page:
                self._ops = []
                self.footer(self, page, self.pages)
                ops.extend(self._ops)
            if op[0] == "page":
                page += 1
                if page > self.pages:
                    break
            ops.append(op)
        self._ops = ops
        return ops

    def save(self, path: Path) -> None:
        self._with_footers()
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
            c.setTitle(self._title)
            first = True
            for op in self._ops:
                if op[0] == "page":
                    if not first:
                        c.showPage()
                    first = False
                elif op[0] == "t":
                    _, x, y, s, f, size, align = op
                    c.setFont(self._rl[f], size)
                    c.setFillGray(0)
                    yy = self.h - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                elif op[0] == "r":
                    _, x, y, w, h, lw, fill = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.h - y - h, w, h, stroke=1 if lw else 0, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.h - y - h, w, h, stroke=1, fill=0)
            c.showPage()
            c.save()
            return
        f = self.f
        for op in self._ops:
            if op[0] == "page":
                f.add_page()
            elif op[0] == "t":
                _, x, y, s, fk, size, align = op
                fam, st = self._fp[fk]
                f.set_font(fam, st, size)
                wd = f.get_string_width(s)
                xx = x - wd if align == "r" else (x - wd / 2 if align == "c" else x)
                f.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                f.set_line_width(lw)
                f.line(x1, y1, x2, y2)
            elif op[0] == "r":
                _, x, y, w, h, lw, fill = op
                f.set_line_width(lw or 0.1)
                if fill is not None:
                    g = int(fill * 255)
                    f.set_fill_color(g, g, g)
                    f.rect(x, y, w, h, style="DF" if lw else "F")
                else:
                    f.rect(x, y, w, h)
        f.output(str(path))


# ------------------------------------------------------------------------------------------ checking

def _num(tok: str):
    s = tok.strip().replace("$", "").replace(",", "")
    neg = False
    if s.startswith("(") and s.endswith(")"):
        s, neg = s[1:-1], True
    if s.endswith("-"):
        s, neg = s[:-1], True
    if s.startswith("-"):
        s, neg = s[1:], True
    try:
        d = Decimal(s)
    except InvalidOperation:
        return None
    return -d if neg else d


def page_rows(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, x_tolerance=1.5, use_text_flow=False)
            rows: list[list] = []
            for wd in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - wd["bottom"]) < 2.5:
                        r[1].append(wd)
                        break
                else:
                    rows.append([wd["bottom"], [wd]])
            out.append([" ".join(w["text"] for w in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def check_file(pdf_path: Path, anchors: list[dict], full_adj: bool) -> list[str]:
    """anchors[i] belongs to truth line i: {'row': [printed tokens on the service's text row],
    'page_tokens': [printed tokens elsewhere on the page]}."""
    errs = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    rows = page_rows(pdf_path)
    if len(rows) != truth["pages"]:
        errs.append(f"pages {len(rows)} != {truth['pages']}")
    norm = lambda s: " " + re.sub(r"\s+", " ", s) + " "  # noqa: E731
    doc = norm(" ".join(" ".join(p) for p in rows))
    if len(anchors) != len(truth["lines"]):
        errs.append("anchor count")
    for i, (ln, an) in enumerate(zip(truth["lines"], anchors)):
        prows = rows[ln["page"] - 1]
        ptext = norm(" ".join(prows))
        hit = [r for r in prows if all(norm(tok) in norm(r) for tok in an["row"])]
        if not hit:
            errs.append(f"line {i} p{ln['page']}: row tokens {an['row']} not on one text row")
        for tok in an.get("page_tokens", []):
            if norm(tok) not in ptext:
                errs.append(f"line {i}: page token {tok!r} missing")
        nums = {_num(t) for t in an["row"]} - {None}
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount"):
            if ln[k] is not None and Decimal(ln[k]) not in nums:
                errs.append(f"line {i}: {k} {ln[k]} not among row numbers")
        if ln["units"] is not None and Decimal(ln["units"]) not in nums:
            errs.append(f"line {i}: units {ln['units']} not on row")
        rowtxt = " ".join(an["row"])
        if ln["code"] and ln["code"] not in rowtxt:
            errs.append(f"line {i}: code not on row")
        for m in ln["modifiers"]:
            if m not in rowtxt:
                errs.append(f"line {i}: modifier {m} not on row")
        for fld in ("claim_id", "payer_claim_id", "patient"):
            if ln[fld] and norm(ln[fld]) not in doc:
                errs.append(f"line {i}: {fld} {ln[fld]!r} not in document text")
        for g, r, a in ln["adjustments"]:
            if not any(f" {g}{sep}{r} " in ptext or f" {g}{sep}{r}:" in ptext for sep in ("-", "", " ", "/")):
                errs.append(f"line {i}: adjustment code {g}-{r} not on page")
            if a is not None and not any(_num(w) == Decimal(a) for w in ptext.split()):
                errs.append(f"line {i}: adjustment amount {a} not on page")
        for rm in ln["remarks"]:
            if rm not in ptext:
                errs.append(f"line {i}: remark {rm} not on page")
        # the document's own arithmetic
        if full_adj and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
        seq = any(r == "253" for _, r, _ in ln["adjustments"])
        if ln["allowed"] is not None and ln["paid"] is not None and not seq:
            parts = [ln[k] for k in ("deductible", "copay", "coinsurance")
                     if ln[k] is not None]
            if parts and Decimal(ln["allowed"]) - sum(map(Decimal, parts)) != Decimal(ln["paid"]):
                errs.append(f"line {i}: allowed - patient shares != paid")
    findings = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c.get("totals", {}).items():
            if v is None:
                continue
            if not any(_num(w) == Decimal(v) for w in doc.split()):
                errs.append(f"claim {c['payer_claim_id']}: printed total {k} {v} not in text")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            planted = f"claim {c['payer_claim_id'] or c['claim_id']}" in findings and v in findings
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} vs lines {s} (planted={planted})")
    return errs
