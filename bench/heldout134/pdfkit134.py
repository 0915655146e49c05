"""Tiny drawing layer for the set-134 factory: one API over reportlab and fpdf2 (top-down coordinates,
y = text baseline in points), plus the row-recording and self-check used by make_heldout134_pdfs.py."""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

from eobgen import FIXED_WHEN, q, truth_line, units_str  # noqa: E402

FONTDIR = {"dejavu": "/usr/share/fonts/truetype/dejavu/", "lib": "/usr/share/fonts/truetype/liberation/"}
TTF = {
    "DejaVuSans": ("dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSansMono": ("dejavu", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "DejaVuSerif": ("dejavu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "LiberationSerif": ("lib", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LiberationSans": ("lib", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("lib", "LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "LiberationMono": ("lib", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}


class Doc:
    def __init__(self, producer: str, font: str, landscape: bool = False):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.font = font
        self.page = 0
        self.lines: list[dict] = []
        self.tokens: list[list[str]] = []
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pdfmetrics = pdfmetrics
            if font in CORE_RL:
                self.fr, self.fb = CORE_RL[font]
            else:
                d, r, b = TTF[font]
                pdfmetrics.registerFont(TTFont(font, FONTDIR[d] + r))
                pdfmetrics.registerFont(TTFont(font + "-Bold", FONTDIR[d] + b))
                self.fr, self.fb = font, font + "-Bold"
            self._buf_path = None
            self._canvas_mod = canvas
            self.c = None
        else:
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=(self.W, self.H))
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_margin(0)
            if font in CORE_RL:
                self.fam = font
            else:
                d, r, b = TTF[font]
                self.c.add_font(font, "", FONTDIR[d] + r)
                self.c.add_font(font, "B", FONTDIR[d] + b)
                self.fam = font
        self.ops: list[tuple] = []  # reportlab: recorded and replayed at save

    # ------------------------------------------------------------------ drawing
    def new_page(self) -> None:
        self.page += 1
        self.ops.append(("page",))

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._pdfmetrics.stringWidth(s, self.fb if bold else self.fr, size)
        self.c.set_font(self.fam, "B" if bold else "", size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 8, bold: bool = False, align: str = "l") -> None:
        s = str(s)
        if align == "r":
            x -= self.width(s.replace("{nb}", "9"), size, bold)
        elif align == "c":
            x -= self.width(s, size, bold) / 2
        self.ops.append(("text", x, y, s, size, bold))

    def line(self, x1, y1, x2, y2, w: float = 0.5) -> None:
        self.ops.append(("line", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill: float | None = None, lw: float = 0.5) -> None:
        """y = top edge. fill = grey level 0..1 (None: outline only)."""
        self.ops.append(("rect", x, y, w, h, fill, lw))

    def row(self, y: float, cols: list, vals: list, size: float = 7.5, bold: bool = False) -> None:
        for (x, al), v in zip(cols, vals):
            if v not in (None, ""):
                self.text(x, y, v, size, bold, al)

    def save(self, path: Path) -> int:
        if self.producer == "reportlab":
            c = self._canvas_mod.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            c.setTitle(path.stem)
            first = True
            nb = str(self.page)
            for op in self.ops:
                if op[0] == "page":
                    if not first:
                        c.showPage()
                    first = False
                elif op[0] == "text":
                    _, x, y, s, size, bold = op
                    c.setFont(self.fb if bold else self.fr, size)
                    c.setFillGray(0)
                    c.drawString(x, self.H - y, s.replace("{nb}", nb))
                elif op[0] == "line":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                elif op[0] == "rect":
                    _, x, y, w, h, fill, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
            c.save()
        else:
            c = self.c
            nb = str(self.page)
            for op in self.ops:
                if op[0] == "page":
                    c.add_page()
                elif op[0] == "text":
                    _, x, y, s, size, bold = op
                    c.set_font(self.fam, "B" if bold else "", size)
                    c.text(x, y, s.replace("{nb}", nb))
                elif op[0] == "line":
                    _, x1, y1, x2, y2, w = op
                    c.set_line_width(w)
                    c.line(x1, y1, x2, y2)
                elif op[0] == "rect":
                    _, x, y, w, h, fill, lw = op
                    c.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        c.set_fill_color(g, g, g)
                        c.rect(x, y, w, h, style="DF")
                    else:
                        c.rect(x, y, w, h)
            c.output(str(path))
        return self.page

    # ------------------------------------------------------------------ truth
    def rec(self, s, tokens: list[str], **kw) -> dict:
        t = truth_line(self.page, s, **kw)
        self.lines.append(t)
        self.tokens.append([str(x) for x in tokens if x not in (None, "")])
        return t


# ---------------------------------------------------------------------- self-check

def _text_rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) < 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _amount_in(row: str, val: str) -> bool:
    flat = row.replace("$", "").replace(",", "")
    a = f"{abs(Decimal(val)):.2f}"
    return re.search(r"(?<![\d.])" + re.escape(a) + r"(?![\d])", flat) is not None


def check_file(pdf: Path, truth: dict, tokens: list[list[str]], planted: set) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    with pdfplumber.open(str(pdf)) as p:
        if len(p.pages) != truth["pages"]:
            errs.append(f"pages {len(p.pages)} != {truth['pages']}")
        rows = [_text_rows(pg) for pg in p.pages]
        full = "\n".join(pg.extract_text() or "" for pg in p.pages)
    flat_full = re.sub(r"\s+", " ", full)
    for i, (ln, toks) in enumerate(zip(truth["lines"], tokens)):
        prow = rows[ln["page"] - 1]
        hits = [r for r in prow if all(t in r for t in toks)]
        if len(hits) != 1:
            errs.append(f"line {i} p{ln['page']}: {len(hits)} rows hold tokens {toks}")
            continue
        r = hits[0]
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None and not _amount_in(r, ln[k]):
                errs.append(f"line {i}: {k} {ln[k]} not on its row: {r}")
        for g, c, a in ln["adjustments"]:
            if c not in r or (a is not None and not _amount_in(r, a)):
                errs.append(f"line {i}: adjustment {g}-{c} {a} not on its row: {r}")
        if ln["code"] and ln["code"] not in r:
            errs.append(f"line {i}: code not on row")
        for m in ln["modifiers"]:
            if m not in r:
                errs.append(f"line {i}: modifier {m} not on row")
        if ln["units"] is not None and not re.search(
                r"(?<![\d.])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d])", r):
            errs.append(f"line {i}: units {ln['units']} not on row: {r}")
        for rm in ln["remarks"]:
            if rm not in r:
                errs.append(f"line {i}: remark {rm} not on row")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in flat_full:
                errs.append(f"line {i}: {k} {ln[k]!r} not in document text")
        # arithmetic
        if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]):
            s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments {s} != paid {ln['paid']}")
        parts = [ln[k] for k in ("discount", "not_covered", "deductible", "copay", "coinsurance")]
        if ln["discount"] is not None and all(x is not None for x in parts[2:]) and ln["paid"] is not None:
            s = Decimal(ln["billed"]) - sum(Decimal(x or "0") for x in parts)
            if s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - discount - shares {s} != paid {ln['paid']}")
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if any(ln[k] is None for ln in mine):
                errs.append(f"claim total {k} but a line has no {k}")
                continue
            s = sum(Decimal(ln[k]) for ln in mine)
            key = (c["payer_claim_id"] or c["claim_id"], k)
            if (s != Decimal(v)) != (key in planted):
                errs.append(f"claim {key}: total {v} vs lines {s} (planted={key in planted})")
            if not _amount_in(flat_full, v):
                errs.append(f"claim {key}: total {v} not printed")
    return errs


__all__ = ["Doc", "check_file", "q", "units_str"]
