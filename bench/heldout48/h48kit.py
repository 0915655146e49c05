"""Drawing wrapper (reportlab / fpdf2, top-left coordinates), truth recorder and self-check for set 48."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen as G  # noqa: E402

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans{b}.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed{b}.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif{b}.ttf",
    "DejaVuSerifCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed{b}.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono{b}.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{B}.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-{B}.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{B}.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-{B}.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}


def ttf_path(name: str, bold: bool) -> str:
    t = TTF[name]
    return t.format(b="-Bold" if bold else "", B="Bold" if bold else "Regular")


class Doc:
    """A minimal page canvas over reportlab or fpdf2; y is the BASELINE measured from the page top."""

    def __init__(self, producer: str, path: Path, landscape: bool, font: str):
        self.producer, self.path, self.font = producer, path, font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            from reportlab.lib.pagesizes import landscape as ls
            from reportlab.lib.pagesizes import letter
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            if font in CORE_RL:
                self.fn = CORE_RL[font]
            else:
                for b in (False, True):
                    nm = font + ("-B" if b else "")
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, ttf_path(font, b)))
                self.fn = (font, font + "-B")
            self.c = canvas.Canvas(str(path), pagesize=ls(letter) if landscape else letter, invariant=1)
            self.c.setTitle("Document")
            self._sw = pdfmetrics.stringWidth
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0)
            if font in CORE_FP:
                self.fn = (CORE_FP[font], CORE_FP[font])
                self._fstyle = {False: "", True: "B"}
            else:
                self.c.add_font(font, "", ttf_path(font, False))
                self.c.add_font(font, "B", ttf_path(font, True))
                self.fn = (font, font)
                self._fstyle = {False: "", True: "B"}
        self.new_page()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def width(self, s: str, size: float, bold: bool = False) -> float:
        if self.producer == "reportlab":
            return self._sw(s, self.fn[bold], size)
        self.c.set_font(self.fn[bold], self._fstyle[bold], size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 7, bold: bool = False, align: str = "l",
             gray: float = 0) -> None:
        if not s:
            return
        w = self.width(s, size, bold)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.setFont(self.fn[bold], size)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.set_font(self.fn[bold], self._fstyle[bold], size)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        """y = top edge."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=int(stroke), fill=int(fill is not None))
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.c.rect(x, y, w, h, style=style)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.c.output(str(self.path))


@dataclass
class Fmt:
    """How one layout prints values; the self-check re-formats the truth with it."""
    date: callable
    money: callable
    code: callable  # (code, mods) -> list of tokens as printed (glued or separate)
    units: callable = G.units_str
    adj: callable = lambda g, r, a: []  # -> tokens
    end: callable | None = None


@dataclass
class Rec:
    lines: list = field(default_factory=list)   # (truth_row, page, top, bottom)
    claims: list = field(default_factory=list)  # (claim dict, [(page, top, bottom, [tokens])])
    pages_footer: list = field(default_factory=list)

    def add(self, row: dict, page: int, top: float, bottom: float) -> None:
        self.lines.append((row, page, top, bottom))


def tline(page, s, *, claim_id, pcn, patient, printed, units=True, mods=True, adjs=None, remarks=None,
          end=None):
    return G.truth_line(page, s, claim_id=claim_id, payer_claim_id=pcn, patient=patient, printed=printed,
                        units=units, modifiers=mods, adjustments=adjs, remarks=remarks, description=False,
                        service_end=end)


# ------------------------------------------------------------------------------------------- check

def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _has(hay: str, tok: str) -> bool:
    return re.search(r"(?<![\w.$-])" + re.escape(_norm(tok)) + r"(?![\w])", hay) is not None or \
        re.search(r"(?<![\w])" + re.escape(_norm(tok)) + r"(?![\w])", hay) is not None


def band_text(words_by_page: dict, page: int, top: float, bottom: float) -> str:
    ws = [w for w in words_by_page[page] if w["bottom"] > top and w["top"] < bottom]
    ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return _norm(" ".join(w["text"] for w in ws))


def check(pdf: Path, truth: dict, rec: Rec, fmt: Fmt, arith: dict) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    with pdfplumber.open(str(pdf)) as p:
        words = {i + 1: pg.extract_words(keep_blank_chars=False, x_tolerance=1.5) for i, pg in enumerate(p.pages)}
        full = _norm(" ".join(pg.extract_text() or "" for pg in p.pages))
        npages = len(p.pages)
    if npages != truth["pages"]:
        errs.append(f"pages {npages} != {truth['pages']}")
    for i in range(1, npages + 1):
        if arith.get("page_of") and f"Page {i} of {npages}".lower() not in full.lower() and \
                f"PAGE {i} OF {npages}" not in full:
            errs.append(f"no page {i} of {npages} footer")
    if len(rec.lines) != len(truth["lines"]):
        errs.append("line count mismatch")
    for n, ((row, page, top, bottom), t) in enumerate(zip(rec.lines, truth["lines"])):
        assert row is t or row == t
        hay = band_text(words, page, top, bottom)
        toks = [fmt.date(G.date.fromisoformat(t["service_date"]) if hasattr(G, "date") else None)]
        if t["service_end"] and fmt.end:
            toks.append(fmt.end(G.date.fromisoformat(t["service_end"])))
        if t["code"]:
            toks += fmt.code(t["code"], t["modifiers"])
        if t["units"] is not None:
            toks.append(fmt.units(Decimal(t["units"])))
        for k in G.AMOUNT_KEYS:
            if t[k] is not None:
                toks.append(fmt.money(Decimal(t[k])))
        for g, r, a in t["adjustments"]:
            toks += fmt.adj(g, r, Decimal(a) if a is not None else None)
        toks += t["remarks"]
        for tok in toks:
            if tok and not _has(hay, tok):
                errs.append(f"line {n} p{page}: {tok!r} not in row band: {hay[:160]!r}")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if t[key] and _norm(t[key]) not in full:
                errs.append(f"line {n}: {key} {t[key]!r} not in document")
        # arithmetic of the row
        D = {k: Decimal(t[k]) if t[k] is not None else None for k in G.AMOUNT_KEYS}
        if arith.get("adj_sum") and D["billed"] is not None and D["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in t["adjustments"]), Decimal(0))
            if D["billed"] - s != D["paid"]:
                errs.append(f"line {n}: billed - adjustments {D['billed'] - s} != paid {D['paid']}")
        if arith.get("cost_share") and D["allowed"] is not None and D["paid"] is not None:
            share = sum((D[k] or Decimal(0) for k in ("deductible", "copay", "coinsurance")), Decimal(0))
            share += sum((Decimal(a) for _, r, a in t["adjustments"] if r == arith.get("seq_reason")), Decimal(0))
            if D["allowed"] - share != D["paid"]:
                errs.append(f"line {n}: allowed - share != paid")
    # claims and totals
    tc = truth["claims"]
    if len(tc) != len(rec.claims):
        errs.append("claim count mismatch")
    findings = " ".join(truth["expected_findings"])
    for c, (cd, bands) in zip(tc, rec.claims):
        for key in ("claim_id", "payer_claim_id", "patient"):
            if c[key] and _norm(c[key]) not in full:
                errs.append(f"claim {key} {c[key]!r} not in document")
        mine = [t for t in truth["lines"] if t["claim_id"] == c["claim_id"] and
                t["payer_claim_id"] == c["payer_claim_id"] and t["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(t[k]) for t in mine if t[k] is not None), Decimal(0))
            if s != Decimal(v):
                if f"{Decimal(v)}" not in findings:
                    errs.append(f"claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} != sum {s}")
            if not any(_has(band_text(words, pg, a, b), fmt.money(Decimal(v))) for pg, a, b in bands):
                errs.append(f"claim total {k} {v} not on its totals row")
    return errs
