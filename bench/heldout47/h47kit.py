"""Drawing layer, table flow and self-check for bench/heldout47 (see make_heldout47_pdfs.py's docstring).

One small API over reportlab and fpdf2 (top-left origin, y = text baseline, points); pages are collected first
so "Page n of N" is exact. The self-check reads the written PDFs with pdfplumber and the truth files back.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
# alias -> (ttf path or None for a core font, reportlab core name, fpdf family, fpdf style)
FONTS = {
    "LSN": (LIB + "LiberationSansNarrow-Regular.ttf", None, "LSN", ""),
    "LSN-B": (LIB + "LiberationSansNarrow-Bold.ttf", None, "LSN", "B"),
    "LS": (LIB + "LiberationSans-Regular.ttf", None, "LS", ""),
    "LS-B": (LIB + "LiberationSans-Bold.ttf", None, "LS", "B"),
    "LSR": (LIB + "LiberationSerif-Regular.ttf", None, "LSR", ""),
    "LSR-B": (LIB + "LiberationSerif-Bold.ttf", None, "LSR", "B"),
    "LM": (LIB + "LiberationMono-Regular.ttf", None, "LM", ""),
    "LM-B": (LIB + "LiberationMono-Bold.ttf", None, "LM", "B"),
    "DSC": (DJ + "DejaVuSansCondensed.ttf", None, "DSC", ""),
    "DSC-B": (DJ + "DejaVuSansCondensed-Bold.ttf", None, "DSC", "B"),
    "DS": (DJ + "DejaVuSans.ttf", None, "DS", ""),
    "DS-B": (DJ + "DejaVuSans-Bold.ttf", None, "DS", "B"),
    "DSM": (DJ + "DejaVuSansMono.ttf", None, "DSM", ""),
    "DSM-B": (DJ + "DejaVuSansMono-Bold.ttf", None, "DSM", "B"),
    "DSE": (DJ + "DejaVuSerif.ttf", None, "DSE", ""),
    "DSE-B": (DJ + "DejaVuSerif-Bold.ttf", None, "DSE", "B"),
    "DSEC": (DJ + "DejaVuSerifCondensed.ttf", None, "DSEC", ""),
    "DSEC-B": (DJ + "DejaVuSerifCondensed-Bold.ttf", None, "DSEC", "B"),
    "Helvetica": (None, "Helvetica", "helvetica", ""),
    "Helvetica-Bold": (None, "Helvetica-Bold", "helvetica", "B"),
    "Times": (None, "Times-Roman", "times", ""),
    "Times-Bold": (None, "Times-Bold", "times", "B"),
    "Courier": (None, "Courier", "courier", ""),
    "Courier-Bold": (None, "Courier-Bold", "courier", "B"),
}
_REG: set = set()


def rl_name(alias: str) -> str:
    path, core, _, _ = FONTS[alias]
    if core:
        return core
    if alias not in _REG:
        pdfmetrics.registerFont(TTFont("h47" + alias, path))
        _REG.add(alias)
    return "h47" + alias


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, rl_name(font), size)


class Doc:
    def __init__(self, producer: str, landscape: bool = False):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.pages: list[list] = []

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def page(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="Helvetica", size=8.0, align="l", maxw=None):
        s = str(s)
        while maxw and size > 4.5 and width(s, font, size) > maxw:
            size -= 0.2
        w = width(s, font, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.pages[-1].append(("t", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def save(self, path: Path) -> int:
        n = len(self.pages)
        if self.producer == "reportlab":
            from reportlab.pdfgen.canvas import Canvas
            c = Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            c.setTitle(path.stem)
            for ops in self.pages:
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, font, size = op
                        c.setFillGray(0)
                        c.setFont(rl_name(font), size)
                        c.drawString(x, self.H - y, s.replace("{N}", str(n)))
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
                        c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                c.showPage()
            c.save()
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
            pdf.set_auto_page_break(False)
            pdf.set_creation_date(FIXED_WHEN)
            pdf.set_title(path.stem)
            done = set()
            for ops in self.pages:
                for op in ops:
                    if op[0] == "t":
                        path_, core, fam, st = FONTS[op[4]]
                        if path_ and (fam, st) not in done:
                            pdf.add_font(fam, st, path_)
                            done.add((fam, st))
            for ops in self.pages:
                pdf.add_page()
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, font, size = op
                        _, _, fam, st = FONTS[font]
                        pdf.set_font(fam, st, size)
                        pdf.set_text_color(0)
                        pdf.text(x, y, s.replace("{N}", str(n)))
                    elif op[0] == "l":
                        _, x1, y1, x2, y2, w, g = op
                        pdf.set_line_width(w)
                        pdf.set_draw_color(int(g * 255))
                        pdf.line(x1, y1, x2, y2)
                    else:
                        _, x, y, w, h, fill, stroke, lw = op
                        pdf.set_line_width(lw)
                        pdf.set_draw_color(0)
                        if fill is not None:
                            pdf.set_fill_color(int(fill * 255))
                        style = ("F" if fill is not None else "") + ("D" if stroke else "")
                        if style:
                            pdf.rect(x, y, w, h, style=style if style != "FD" else "DF")
            pdf.output(str(path))
        return n


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(t, font, size) <= w or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out or [""]


# ------------------------------------------------------------------------------------------------- check

def _rows(page):
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    words.sort(key=lambda w: (round(w["bottom"], 0), w["x0"]))
    rows: list[list] = []
    for w in words:
        if rows and abs(rows[-1][0] - w["bottom"]) <= 1.6:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def has(text: str, token: str) -> bool:
    return re.search(r"(?<!\S)" + re.escape(token) + r"(?!\S)", text) is not None


def check_file(pdf_path: Path, spec) -> list[str]:
    """spec: object with .tokens(line) -> (anchor tokens, band tokens), .band (extra rows),
    .total_label, .total_tokens(claim) -> tokens, .arith (set of rule names)."""
    import pdfplumber
    errs = []
    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != t["pages"]:
            errs.append(f"pages {len(pdf.pages)} != truth {t['pages']}")
        rows = [_rows(p) for p in pdf.pages]
        n = len(pdf.pages)
    alltext = "\n".join("\n".join(r) for r in rows)
    for i, rr in enumerate(rows, 1):
        pg = [r for r in rr if re.search(r"Page \d+ of \d+|PAGE \d+ OF \d+|Page \d+/\d+", r)]
        for r in pg:
            m = re.search(r"(?i)page (\d+)(?: of |/)(\d+)", r)
            if (int(m.group(1)), int(m.group(2))) != (i, n):
                errs.append(f"page label {r!r} on page {i}")
        if spec.page_label and not pg:
            errs.append(f"no page label on page {i}")
    used = set()
    for k, ln in enumerate(t["lines"]):
        anchor, band = spec.tokens(ln)
        pr = rows[ln["page"] - 1]
        ok = False
        for j, r in enumerate(pr):
            if (ln["page"], j) in used or not all(has(r, a) for a in anchor):
                continue
            txt = " ".join(pr[j:j + 1 + spec.band])
            missing = [b for b in band if not has(txt, b)]
            if not missing:
                ok = True
                used.add((ln["page"], j))
                break
        if not ok:
            errs.append(f"line {k} {ln['code']} {ln['service_date']}: anchor {anchor} / band {band} not found on "
                        f"page {ln['page']}")
        # arithmetic
        D = lambda x: Decimal(x) if x is not None else None  # noqa: E731
        b, al, pd, ow = D(ln["billed"]), D(ln["allowed"]), D(ln["paid"]), D(ln["patient_owes"])
        if "adj" in spec.arith and ln["adjustments"] and b is not None and pd is not None:
            if b - sum(Decimal(a[2]) for a in ln["adjustments"]) != pd:
                errs.append(f"line {k}: billed - adjustments != paid")
        if "share" in spec.arith and None not in (al, pd) and al != 0:
            parts = [D(ln[x]) for x in ("deductible", "copay", "coinsurance") if ln[x] is not None]
            share = sum(parts) if parts else ow
            if share is not None and al - share != pd:
                errs.append(f"line {k}: allowed - share != paid")
        if "disc" in spec.arith and None not in (b, al) and ln["discount"] is not None:
            if b - D(ln["discount"]) - (D(ln["not_covered"]) or 0) != al:
                errs.append(f"line {k}: billed - discount - not covered != allowed")
        if "stmt" in spec.arith and None not in (b, pd, ow):
            if b - pd - (D(ln["discount"]) or 0) != ow:
                errs.append(f"line {k}: charge - paid - adj != owes")
    found_planted: set = set()
    for c in t["claims"]:
        for v in (c["claim_id"], c["payer_claim_id"], c["patient"]):
            if v and v not in alltext.replace("\n", " "):
                errs.append(f"id/patient {v!r} not in text")
        lines = [ln for ln in t["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                 c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not lines:
            errs.append(f"claim {c} has no lines")
        for key, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum(Decimal(ln[key]) for ln in lines)
            planted = any((c["payer_claim_id"] or c["claim_id"]) in f for f in t["expected_findings"])
            if s != Decimal(v):
                if planted:
                    found_planted.add(c["payer_claim_id"] or c["claim_id"])
                else:
                    errs.append(f"claim {c['payer_claim_id'] or c['claim_id']} total {key} {v} vs lines {s}")
            tok = spec.money(Decimal(v))
            if not any(has(r, tok) and spec.total_label in r for r in alltext.split("\n")):
                errs.append(f"claim total {key} {tok} not on a {spec.total_label!r} row")
    for f in t["expected_findings"]:
        if not any(k in f for k in found_planted):
            errs.append(f"planted finding is not a real mismatch: {f}")
    return errs
