"""Drawing backends (reportlab / fpdf2), a small claim-table engine and the self-check for set 86."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
CORE_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


class Doc:
    """Top-down point coordinates, text drawn at its baseline."""

    def __init__(self, producer: str, path, landscape: bool, font: str, when):
        self.producer, self.path, self.font = producer, str(path), font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if font in TTF:
                for i, suf in enumerate(("", "-Bold")):
                    name = font + suf
                    if name not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(name, FONTDIR + TTF[font][i]))
                self._bold = font + "-Bold"
            else:
                self._bold = CORE_BOLD[font]
            self.c = canvas.Canvas(self.path, pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(when)
            self.c.set_auto_page_break(False)
            if font in TTF:
                self.c.add_font(font, "", FONTDIR + TTF[font][0])
                self.c.add_font(font, "B", FONTDIR + TTF[font][1])
        self.new_page()

    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def _set(self, size, bold):
        if self.producer == "reportlab":
            self.c.setFont(self._bold if bold else self.font, size)
        else:
            fam = {"Helvetica": "helvetica", "Times-Roman": "times", "Courier": "courier"}.get(self.font, self.font)
            self.c.set_font(fam, "B" if bold else "", size)

    def width(self, s, size=9, bold=False):
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._bold if bold else self.font, size)
        self._set(size, bold)
        return self.c.get_string_width(s)

    def text(self, x, y, s, size=9, bold=False, align="l"):
        if not s:
            return
        if align == "r":
            x -= self.width(s, size, bold)
        elif align == "c":
            x -= self.width(s, size, bold) / 2
        self._set(size, bold)
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="DF")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def save(self):
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(self.path)


def wrap(doc: Doc, s: str, width: float, size: float, bold=False) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and doc.width(t, size, bold) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


# ----------------------------------------------------------------------------------------- self-check

def _has(line: str, tok: str) -> bool:
    return re.search(r"(?<!\S)" + re.escape(tok) + r"(?!\S)", line) is not None


@dataclass
class Fmt:
    """How a layout prints truth values, used by the check to re-derive the printed strings from truth."""
    money: Callable[[Decimal], str]
    date: Callable[[str], str]
    code: Callable[[str, list], list[str]]          # tokens for code + modifiers
    units: Callable[[str], str] = lambda u: u
    adj: Callable[[str, str, Decimal], list[str]] | None = None  # tokens for one adjustment
    date_on_row: bool = True
    adj_block: int = 0            # adjustment tokens may sit this many text lines below the service row
    amount_keys: tuple = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                          "not_covered", "discount")
    adj_complete: bool = False    # billed - adjustments = paid must hold
    remark_tok: Callable[[str], str] | None = None
    extra: dict = field(default_factory=dict)


def check_pdf(pdf_path, truth: dict, fmt: Fmt) -> list[str]:
    import pdfplumber
    errs = []
    D = lambda v: Decimal(v)  # noqa: E731
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != truth["pages"]:
            errs.append(f"pages {len(pdf.pages)} != {truth['pages']}")
        pages = [(p.extract_text() or "").splitlines() for p in pdf.pages]
    alltext = "\n".join("\n".join(p) for p in pages)
    flat = re.sub(r"\s+", " ", alltext)
    used = {}
    for i, ln in enumerate(truth["lines"]):
        plines = pages[ln["page"] - 1]
        toks = []
        if ln["code"]:
            toks += fmt.code(ln["code"], ln["modifiers"])
        if ln["units"] is not None:
            toks.append(fmt.units(ln["units"]))
        for k in fmt.amount_keys:
            if ln.get(k) is not None:
                toks.append(fmt.money(D(ln[k])))
        if fmt.date_on_row:
            toks.append(fmt.date(ln["service_date"]))
        rtoks = [fmt.remark_tok(r) for r in ln["remarks"]] if fmt.remark_tok else []
        cands = [j for j, t in enumerate(plines) if all(_has(t, x) for x in toks)
                 and all(re.search(r"(?<![A-Za-z0-9])" + re.escape(x) + r"(?![A-Za-z0-9])", t) for x in rtoks)
                 and (ln["page"], j) not in used]
        if not cands:
            errs.append(f"line {i} ({ln['code']} {ln['service_date']}): no text line on page {ln['page']} "
                        f"with all of {toks}")
            continue
        j = cands[0]
        used[(ln["page"], j)] = i
        if not fmt.date_on_row and fmt.date(ln["service_date"]) not in "\n".join(plines):
            errs.append(f"line {i}: date {ln['service_date']} not on page")
        block = " \n ".join(plines[j:j + 1 + fmt.adj_block])
        for g, r, a in ln["adjustments"]:
            for t in fmt.adj(g, r, D(a) if a is not None else None):
                if not _has(block, t) and t not in block:
                    errs.append(f"line {i}: adjustment token {t!r} not in its row block")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in flat:
                errs.append(f"line {i}: {key} {ln[key]!r} not printed")
        if fmt.adj_complete and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((D(a) for _, _, a in ln["adjustments"]), Decimal("0"))
            if D(ln["billed"]) - s != D(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments {D(ln['billed']) - s} != paid {ln['paid']}")
    for c in truth["claims"]:
        lines = [x for x in truth["lines"] if x["payer_claim_id"] == c["payer_claim_id"]
                 and x["claim_id"] == c["claim_id"] and x["patient"] == c["patient"]]
        for k, v in c["totals"].items():
            if v is None:
                continue
            if fmt.money(D(v)) not in alltext:
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} not printed")
            s = sum((D(x[k]) for x in lines if x[k] is not None), Decimal("0"))
            planted = any(c["payer_claim_id"] and c["payer_claim_id"] in f and "mismatch" in f
                          for f in truth["expected_findings"])
            if s != D(v) and not planted:
                errs.append(f"claim {c['payer_claim_id']}: {k} lines {s} != total {v}")
            if planted and k == "patient_owes" and s == D(v):
                errs.append(f"claim {c['payer_claim_id']}: planted mismatch not present")
    return errs
