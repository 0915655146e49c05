"""Drawing (one top-left coordinate API over reportlab and fpdf2), the truth collector and the self-check for
bench/heldout26/make_heldout26_pdfs.py. Coordinates are PDF points from the top-left corner; a text's y is the
top of its line box. Pages are recorded as drawing operations and rendered at the end, so "{NPAGES}" in any
text becomes the real page count.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen as G  # noqa: E402

TT = "/usr/share/fonts/truetype/"
FAMILIES = {
    # key: (regular, bold, italic) TTF paths, or None for a core font family
    "dejavu-cond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                    "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "dejavu-mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf",
                    "dejavu/DejaVuSansMono-Oblique.ttf"),
    "dejavu-serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "lib-sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                 "liberation/LiberationSans-Italic.ttf"),
    "lib-narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                   "liberation/LiberationSansNarrow-Italic.ttf"),
    "lib-serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                  "liberation/LiberationSerif-Italic.ttf"),
    "lib-mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                 "liberation/LiberationMono-Italic.ttf"),
    "helvetica": None, "times": None, "courier": None,
}
CORE_RL = {"helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
           "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
           "courier": ("Courier", "Courier-Bold", "Courier-Oblique")}
STYLE_IX = {"": 0, "B": 1, "I": 2}


def _have(fam: str) -> bool:
    spec = FAMILIES[fam]
    return spec is None or all(Path(TT + p).exists() for p in spec)


def rl_font(fam: str, style: str) -> str:
    """reportlab font name for (family, style); registers TTFs on first use."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if FAMILIES[fam] is None:
        return CORE_RL[fam][STYLE_IX[style]]
    name = f"H26-{fam}-{style or 'R'}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, TT + FAMILIES[fam][STYLE_IX[style]]))
    return name


class Doc:
    def __init__(self, producer: str, family: str, landscape: bool = False, fallback: str = "helvetica"):
        assert producer in ("reportlab", "fpdf2")
        self.producer = producer
        self.family = family if _have(family) else fallback
        self.landscape = landscape
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []

    # -------------------------------------------------------------- recording
    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> int:
        self.pages.append([])
        return self.pno

    def width(self, s: str, size: float, style: str = "") -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, rl_font(self.family, style), size)

    def t(self, x: float, y: float, s: str, size: float = 7, style: str = "", align: str = "l",
          color: float = 0.0) -> None:
        if s == "":
            return
        self.pages[-1].append(("t", x, y, str(s), size, style, align, color))

    def hl(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0) -> None:
        self.pages[-1].append(("l", x1, y, x2, y, w, gray))

    def vl(self, x: float, y1: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        self.pages[-1].append(("l", x, y1, x, y2, w, gray))

    def box(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
            lw: float = 0.5) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def wrap(self, s: str, maxw: float, size: float, style: str = "") -> list[str]:
        out, cur = [], ""
        for word in s.split():
            cand = (cur + " " + word).strip()
            if cur and self.width(cand, size, style) > maxw:
                out.append(cur)
                cur = word
            else:
                cur = cand
        if cur:
            out.append(cur)
        return out or [""]

    # -------------------------------------------------------------- rendering
    def render(self, path: Path) -> None:
        n = len(self.pages)
        if self.producer == "reportlab":
            self._render_rl(path, n)
        else:
            self._render_fpdf(path, n)

    def _render_rl(self, path: Path, n: int) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Statement")
        c.setAuthor("")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, style, align, color = op
                    s = s.replace("{NPAGES}", str(n))
                    c.setFillGray(color)
                    c.setFont(rl_font(self.family, style), size)
                    base = self.H - (y + size * 0.82)
                    if align == "r":
                        c.drawRightString(x, base, s)
                    elif align == "c":
                        c.drawCentredString(x, base, s)
                    else:
                        c.drawString(x, base, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, gray = op
                    c.setStrokeGray(gray)
                    c.setLineWidth(w)
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

    def _render_fpdf(self, path: Path, n: int) -> None:
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(G.FIXED_WHEN)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        spec = FAMILIES[self.family]
        fam = self.family
        if spec is not None:
            fam = "h26" + self.family.replace("-", "")
            for st, ix in STYLE_IX.items():
                pdf.add_font(fam, st, TT + spec[ix])
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, style, align, color = op
                    s = s.replace("{NPAGES}", str(n))
                    pdf.set_font(fam, style, size)
                    pdf.set_text_color(int(color * 255))
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    pdf.text(xx, y + size * 0.82, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, gray = op
                    pdf.set_draw_color(int(gray * 255))
                    pdf.set_line_width(w)
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
                        style = "D" + style if style else "D"
                    if style == "DF":
                        style = "DF"
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------ truth collector

@dataclass
class Fmt:
    """How a layout prints values (the check looks for these exact strings inside a line's band)."""
    money: object
    date: object
    units: object = None
    code: object = None  # code -> printed string (default: the code)
    end_date: object = None


@dataclass
class Book:
    name: str
    kind: str
    producer: str
    description: str
    fmt: Fmt
    rules: tuple = ()  # arithmetic rules: "adj", "share", "disc"
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)  # per line: list of (page, y0, y1)
    claims: dict = field(default_factory=dict)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    planted: set = field(default_factory=set)  # claim keys whose printed totals differ on purpose
    page_of_n: bool = False
    planted_field: str = "paid"

    def claim(self, claim_id, payer_claim_id, patient, totals=None):
        key = (claim_id, payer_claim_id)
        assert key not in self.claims, key
        self.claims[key] = {"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": totals or G.claim_totals()}
        return key

    def set_totals(self, key, **kw):
        self.claims[key]["totals"] = G.claim_totals(**kw)

    def add(self, s, key, page, y0, y1, printed, *, units=True, modifiers=True, adjustments=None,
            remarks=None, service_end=None, extra_bands=(), overrides=None):
        c = self.claims[key]
        row = G.truth_line(page, s, claim_id=c["claim_id"], payer_claim_id=c["payer_claim_id"],
                           patient=c["patient"], printed=tuple(printed), service_end=service_end, units=units,
                           modifiers=modifiers, adjustments=adjustments, remarks=remarks, description=False,
                           overrides=overrides)
        self.lines.append(row)
        self.bands.append([(page, y0, y1)] + list(extra_bands))
        return row

    def write(self, out: Path, doc: Doc) -> Path:
        pdf = out / f"{self.name}.pdf"
        doc.render(pdf)
        G.write_truth(pdf, self.name, self.producer, doc.pno, self.description, self.lines,
                      list(self.claims.values()), self.legend, self.findings)
        return pdf


# ------------------------------------------------------------------------------------------ self-check

def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _has_token(text: str, tok: str) -> bool:
    """tok inside text, not glued to further letters/digits on either side (dashes, commas, parens ok)."""
    pat = r"(?<![A-Za-z0-9.])" + re.escape(tok) + r"(?![A-Za-z0-9]|\.\d)"
    return re.search(pat, text) is not None


def check_book(book: Book, pdf: Path) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    with pdfplumber.open(str(pdf)) as p:
        npages = len(p.pages)
        words = [pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.2) for pg in p.pages]
        texts = [pg.extract_text() or "" for pg in p.pages]
    full = _norm(" ".join(texts))
    data = __import__("json").loads(Path(str(pdf) + ".truth.json").read_text())
    if data["pages"] != npages:
        errs.append(f"page count {data['pages']} != {npages}")
    if book.page_of_n:
        for i in range(npages):
            if f"Page {i + 1} of {npages}" not in _norm(texts[i]):
                errs.append(f"page {i + 1}: 'Page {i + 1} of {npages}' missing")
    f = book.fmt
    for i, (ln, bands) in enumerate(zip(data["lines"], book.bands)):
        band_text = ""
        for (pg, y0, y1) in bands:
            ws = [w for w in words[pg - 1] if w["top"] >= y0 - 1.5 and w["bottom"] <= y1 + 1.5]
            ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
            band_text += " " + " ".join(w["text"] for w in ws)
        if ln["page"] != bands[0][0]:
            errs.append(f"line {i}: page mismatch")
        tag = f"line {i} (p{ln['page']} {ln['code']} {ln['service_date']})"

        def need(tok, what):
            if tok is not None and not _has_token(band_text, tok):
                errs.append(f"{tag}: {what} {tok!r} not in its band: {band_text[:160]!r}")
        if ln["code"]:
            need(f.code(ln["code"]) if f.code else ln["code"], "code")
        for m in ln["modifiers"]:
            need(m, "modifier")
        if ln["units"] is not None:
            need(f.units(Decimal(ln["units"])), "units")
        from datetime import date as _d
        need(f.date(_d.fromisoformat(ln["service_date"])), "date")
        if ln["service_end"]:
            need((f.end_date or f.date)(_d.fromisoformat(ln["service_end"])), "end date")
        for k in G.AMOUNT_KEYS:
            if ln[k] is not None:
                need(f.money(Decimal(ln[k])), k)
        for g, r, a in ln["adjustments"]:
            need(g, "adj group")
            need(r, "adj reason")
            if a is not None:
                need(f.money(Decimal(a)), "adj amount")
        for r in ln["remarks"]:
            need(r, "remark")
        for idk in ("claim_id", "payer_claim_id", "patient"):
            if ln[idk] is not None and ln[idk] not in full:
                errs.append(f"{tag}: {idk} {ln[idk]!r} not in document text")
        # arithmetic the document itself prints
        D = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
        if "adj" in book.rules and ln["billed"] is not None and ln["paid"] is not None and ln["adjustments"] \
                and all(a is not None for _, _, a in ln["adjustments"]):
            s = D("billed") - sum(Decimal(a) for _, _, a in ln["adjustments"])
            if s != D("paid"):
                errs.append(f"{tag}: billed - adjustments {s} != paid {ln['paid']}")
        if "share" in book.rules and ln["allowed"] is not None and ln["paid"] is not None:
            s = D("allowed") - sum((D(k) or 0) for k in ("deductible", "copay", "coinsurance"))
            if s != D("paid"):
                errs.append(f"{tag}: allowed - shares {s} != paid {ln['paid']}")
        if "disc" in book.rules and ln["billed"] is not None and ln["allowed"] is not None:
            s = D("billed") - (D("discount") or 0) - (D("not_covered") or 0)
            if s != D("allowed"):
                errs.append(f"{tag}: billed - discount - not covered {s} != allowed {ln['allowed']}")
    # claims: unique, match lines, totals printed and equal to the sum of lines unless planted
    keys = [(c["claim_id"], c["payer_claim_id"]) for c in data["claims"]]
    if len(set(keys)) != len(keys):
        errs.append("claims not unique")
    line_keys = {(ln["claim_id"], ln["payer_claim_id"]) for ln in data["lines"]}
    if line_keys != set(keys):
        errs.append(f"claims {set(keys) ^ line_keys} do not match lines")
    for c in data["claims"]:
        key = (c["claim_id"], c["payer_claim_id"])
        ls = [ln for ln in data["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == key]
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not _has_token(full, f.money(Decimal(v))):
                errs.append(f"claim {key}: total {k} {v} not printed")
            s = sum((Decimal(ln[k]) for ln in ls if ln[k] is not None), Decimal("0.00"))
            differs = s != Decimal(v)
            planted = key in book.planted and k == book.planted_field
            if differs != planted:
                errs.append(f"claim {key}: total {k} {v} vs lines {s} (planted={planted})")
    if book.planted and not data["expected_findings"]:
        errs.append("planted mismatch without expected finding")
    for code, _ in data["legend"]:
        if not _has_token(full, code):
            errs.append(f"legend code {code} not printed")
    return errs


def spans_pages(data: dict) -> int:
    """How many claims have lines on more than one page."""
    pages: dict = {}
    for ln in data["lines"]:
        pages.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
    return sum(1 for v in pages.values() if len(v) > 1)
