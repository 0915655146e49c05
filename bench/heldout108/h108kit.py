"""Drawing model, two renderers (reportlab, fpdf2) and the factory self-check for bench/heldout108.

A document is laid out once into a list of pages of drawing operations (top-based coordinates, points), then
rendered by reportlab or fpdf2. Each service row's baseline(s) are remembered (privately, never written to the
truth file) so the self-check can look for the truth values on the SAME text row of the page's text layer.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen  # noqa: E402

FIXED = datetime(2026, 2, 2, 9, 30, 0, tzinfo=timezone.utc)
_TTF_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"]
# font key -> (reportlab name, fpdf family, fpdf style, ttf file or None for a core font)
FONTS: dict[str, tuple[str, str, str, str | None]] = {
    "helv": ("Helvetica", "helvetica", "", None), "helv-b": ("Helvetica-Bold", "helvetica", "B", None),
    "times": ("Times-Roman", "times", "", None), "times-b": ("Times-Bold", "times", "B", None),
    "cour": ("Courier", "courier", "", None), "cour-b": ("Courier-Bold", "courier", "B", None),
}
for key, fname in [("lsans", "LiberationSans-Regular"), ("lsans-b", "LiberationSans-Bold"),
                   ("lserif", "LiberationSerif-Regular"), ("lserif-b", "LiberationSerif-Bold"),
                   ("lnarrow", "LiberationSansNarrow-Regular"), ("lnarrow-b", "LiberationSansNarrow-Bold"),
                   ("lmono", "LiberationMono-Regular"), ("lmono-b", "LiberationMono-Bold"),
                   ("dv", "DejaVuSans"), ("dv-b", "DejaVuSans-Bold"),
                   ("dvc", "DejaVuSansCondensed"), ("dvc-b", "DejaVuSansCondensed-Bold"),
                   ("dvserif", "DejaVuSerif"), ("dvserif-b", "DejaVuSerif-Bold"),
                   ("dvmono", "DejaVuSansMono"), ("dvmono-b", "DejaVuSansMono-Bold")]:
    path = next((f"{d}/{fname}.ttf" for d in _TTF_DIRS if Path(f"{d}/{fname}.ttf").exists()), None)
    if path:
        FONTS[key] = (fname, fname.replace("-", ""), "", path)
_registered: set[str] = set()


def _rl_font(key: str) -> str:
    rl, _, _, path = FONTS[key]
    if path and rl not in _registered:
        pdfmetrics.registerFont(TTFont(rl, path))
        _registered.add(rl)
    return rl


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_font(font), size)


def wrap(s: str, font: str, size: float, maxw: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and width(t, font, size) > maxw:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


@dataclass
class Doc:
    w: float
    h: float
    top: float = 40
    bottom: float = 50
    header: object = None  # fn(doc) called on each new page (draws and sets doc.y)
    footer: object = None  # fn(doc, pageno, total) at render time
    pages: list = field(default_factory=list)
    y: float = 0
    meta: list = field(default_factory=list)  # per truth line: dict(rows=[(page, y)], ...)

    def __post_init__(self):
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self):
        self.pages.append([])
        self.y = self.top
        if self.header:
            self.header(self)

    def need(self, hgt: float, on_break=None) -> bool:
        if self.y + hgt > self.h - self.bottom:
            self.new_page()
            if on_break:
                on_break(self)
            return True
        return False

    def text(self, x, y, s, font="helv", size=9, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, lw=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def para(self, x, s, font="helv", size=8, maxw=500, lead=None):
        lead = lead or size * 1.25
        for ln in wrap(s, font, size, maxw):
            self.need(lead)
            self.text(x, self.y, ln, font, size)
            self.y += lead

    def row(self, cols, y=None, font="helv", size=8):
        """cols: list of (x, text, align). Returns (page, y)."""
        y = self.y if y is None else y
        for x, s, al in cols:
            if s is not None and s != "":
                self.text(x, y, s, font, size, al)
        return (self.page, y)


def render_reportlab(doc: Doc, path: Path, title: str):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("synthetic")
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        if doc.footer:
            cur = doc.pages
            doc.pages = [[]]
            doc.footer(doc, i, n)
            ops = ops + doc.pages[0]
            doc.pages = cur
        for op in ops:
            if op[0] == "t":
                _, x, y, s, font, size, al = op
                c.setFont(_rl_font(font), size)
                c.setFillGray(0)
                yy = doc.h - y
                if al == "r":
                    c.drawRightString(x, yy, s)
                elif al == "c":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw, gray = op
                c.setLineWidth(lw)
                c.setStrokeGray(gray)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            elif op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw)
                c.setStrokeGray(0)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str):
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_author("synthetic")
    added = set()
    n = len(doc.pages)
    for i, ops in enumerate(doc.pages, 1):
        pdf.add_page()
        if doc.footer:
            cur = doc.pages
            doc.pages = [[]]
            doc.footer(doc, i, n)
            ops = ops + doc.pages[0]
            doc.pages = cur
        for op in ops:
            if op[0] == "t":
                _, x, y, s, font, size, al = op
                _, fam, style, fpath = FONTS[font]
                if fpath and fam not in added:
                    pdf.add_font(fam, "", fpath)
                    added.add(fam)
                pdf.set_font(fam, style, size)
                if al == "r":
                    x -= pdf.get_string_width(s)
                elif al == "c":
                    x -= pdf.get_string_width(s) / 2
                pdf.text(x, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw, gray = op
                pdf.set_line_width(lw)
                pdf.set_draw_color(int(gray * 255))
                pdf.line(x1, y1, x2, y2)
            elif op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                pdf.set_line_width(lw)
                pdf.set_draw_color(0)
                if fill is not None:
                    pdf.set_fill_color(int(fill * 255))
                style = ("D" if stroke else "") + ("F" if fill is not None else "")
                pdf.rect(x, y, w, h, style=style or "D")
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------- self-check

def _amount_forms(v: str) -> list[str]:
    d = Decimal(v)
    forms = set()
    for st in ("$", ",", ""):
        for ng in ("-", "()", "trail"):
            forms.add(eobgen.money(d, st, ng))
    return sorted(forms, key=len, reverse=True)


def _has(text: str, token: str) -> bool:
    return re.search(r"(?<![\w.,$-])" + re.escape(token) + r"(?![\w]|[.,]\d)", text) is not None


def _rows_text(words_by_page, rows) -> str:
    out = []
    for pg, y in rows:
        ws = [w for w in words_by_page[pg - 1] if w["top"] - 1 <= y <= w["bottom"] + 1]
        ws.sort(key=lambda w: w["x0"])
        out.append(" ".join(w["text"] for w in ws))
    return "  ||  ".join(out)


def check_folder(out: Path, metas: dict[str, list[dict]]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    n_lines = 0
    _continued: set[str] = set()
    for name, meta in metas.items():
        pdf_path = out / name
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != truth["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != truth {truth['pages']}")
            words = [p.extract_words(keep_blank_chars=False, x_tolerance=1.5) for p in pdf.pages]
            ptext = [p.extract_text() or "" for p in pdf.pages]
        doc_text = "\n".join(ptext)
        if len(meta) != len(truth["lines"]):
            errs.append(f"{name}: meta/lines count differ")
        for i, (ln, m) in enumerate(zip(truth["lines"], meta)):
            n_lines += 1
            tag = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            pg = ln["page"]
            row = _rows_text(words, m["rows"])
            if any(p != pg for p, _ in m["rows"][:1]):
                errs.append(f"{tag}: row page differs from truth page")
            if ln["code"] and ln["code"] not in row:
                errs.append(f"{tag}: code not on row: {row}")
            for mod in ln["modifiers"]:
                if not re.search(r"(?<![A-Z0-9])" + mod + r"(?![A-Z0-9])", row.replace(ln["code"] or "@@", " ")):
                    errs.append(f"{tag}: modifier {mod} not on row: {row}")
            if ln["units"] is not None:
                u = ln["units"]
                ok = any(_has(row, f) for f in (u, u + ".0", u + ".00", u + ".000", u + ".0000"))
                if not ok:
                    errs.append(f"{tag}: units {u} not on row: {row}")
            for k in eobgen.AMOUNT_KEYS:
                if ln[k] is not None and not any(_has(row, f) for f in _amount_forms(ln[k])):
                    errs.append(f"{tag}: {k} {ln[k]} not on row: {row}")
            for g, r, a in ln["adjustments"]:
                if not re.search(rf"{g}\s*[-/ ]?\s*{r}(?!\d)", row):
                    errs.append(f"{tag}: adjustment {g}-{r} not on row: {row}")
                if a is not None and not any(_has(row, f) for f in _amount_forms(a)):
                    errs.append(f"{tag}: adjustment amount {a} not on row: {row}")
            for rm in ln["remarks"]:
                if not _has(row, rm):
                    errs.append(f"{tag}: remark {rm} not on row: {row}")
            # dates: printed string on its own rows (the service row unless the layout prints it in a heading)
            drow = _rows_text(words, m.get("date_rows", m["rows"]))
            for s in m["date_strs"]:
                if s not in drow:
                    errs.append(f"{tag}: date '{s}' not where expected: {drow}")
            if ln["description"] and not all(w in doc_text.replace("\n", " ") for w in ln["description"].split()[:2]):
                errs.append(f"{tag}: description not printed")
            # ids / patient on this page or an earlier one (continuation pages may not repeat them)
            upto = "\n".join(ptext[:pg])
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in upto:
                    errs.append(f"{tag}: {k} '{ln[k]}' not printed on or before page {pg}")
            # arithmetic of the line itself
            adj = ln["adjustments"]
            if adj and all(a is not None for _, _, a in adj) and ln["billed"] and ln["paid"]:
                if Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in adj) != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments != paid")
            if ln["allowed"] is not None and ln["paid"] is not None and all(
                    ln[k] is not None for k in ("deductible", "coinsurance")):
                share = sum(Decimal(ln[k] or "0") for k in ("deductible", "copay", "coinsurance"))
                if ln["not_covered"] is None or Decimal(ln["not_covered"]) == 0:
                    extra = Decimal(m.get("other_reduction", "0"))
                    if Decimal(ln["allowed"]) - share - extra != Decimal(ln["paid"]):
                        errs.append(f"{tag}: allowed - member share != paid")
        # claim totals = sum of lines
        for c in truth["claims"]:
            lines = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                     and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not lines:
                errs.append(f"{name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(ln[k]) for ln in lines if ln[k] is not None)
                if s != Decimal(v):
                    errs.append(f"{name}: claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} != lines {s}")
                if not any(_has(doc_text, f) for f in _amount_forms(v)):
                    errs.append(f"{name}: claim total {k} {v} not printed")
        for c in truth["claims"]:
            pgs = {ln["page"] for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                   and ln["payer_claim_id"] == c["payer_claim_id"]}
            if len(pgs) > 1:
                _continued.add(name)
    metas_cont = len(_continued)
    if metas_cont < 3:
        errs.append(f"only {metas_cont} files have a claim continuing on the next page")
    print(f"checked {len(metas)} files, {n_lines} lines; claims continuing onto a next page in: {sorted(_continued)}")
    return errs
