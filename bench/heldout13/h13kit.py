"""Drawing, truth and self-check helpers for bench/heldout13/make_heldout13_pdfs.py.

One small drawing surface over both producers (reportlab canvas, fpdf2), with coordinates in points measured
from the TOP of the page (y = text baseline), so a layout can record the vertical band of each service row in
the same coordinates pdfplumber reports. The self-check reads the written PDFs back with pdfplumber.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import FIXED_WHEN  # noqa: E402

# ------------------------------------------------------------------------------------------------ fonts
TTF_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2",
            "/usr/share/fonts/truetype/dejavu"]
TTF = {  # family key -> (regular, bold)
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "dejavucond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "dejavuserif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "dejavumono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "libsans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "libnarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "libserif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "libmono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
}
CORE = {"helv": ("Helvetica", "Helvetica-Bold", "helvetica"), "courier": ("Courier", "Courier-Bold", "courier"),
        "times": ("Times-Roman", "Times-Bold", "times")}
FALLBACK = {"dejavu": "helv", "dejavucond": "helv", "dejavuserif": "times", "dejavumono": "courier",
            "libsans": "helv", "libnarrow": "helv", "libserif": "times", "libmono": "courier"}


def _ttf_path(name: str) -> str | None:
    for d in TTF_DIRS:
        p = Path(d) / name
        if p.exists():
            return str(p)
    return None


def font_available(key: str) -> bool:
    return key in CORE or all(_ttf_path(n) for n in TTF[key])


class Doc:
    """A page-at-a-time drawing surface; y is measured from the top of the page (text: the baseline)."""

    def __init__(self, path: Path, producer: str, landscape: bool = False, title: str = "", creator: str = "",
                 a4: bool = False):
        self.path, self.producer = Path(path), producer
        if a4:
            w, h = 595.28, 841.89
        else:
            w, h = 612.0, 792.0
        self.W, self.H = (h, w) if landscape else (w, h)
        self.page = 1
        self._font = ("helv", False, 9.0)
        self._fonts_done: set = set()
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=1)
            self.c.setTitle(title)
            self.c.setCreator(creator or "report writer")
            self.c.setAuthor(creator or "report writer")
        else:
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format=(w, h))
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_auto_page_break(False)
            self.f.set_margin(0)
            self.f.set_title(title)
            self.f.set_creator(creator or "report writer")
            self.f.set_producer("fpdf2")
            self.f.add_page()

    # fonts ------------------------------------------------------------------------------------------
    def _resolve(self, key: str) -> str:
        if key in CORE:
            return key
        return key if font_available(key) else FALLBACK[key]

    def font(self, key: str, size: float, bold: bool = False) -> None:
        key = self._resolve(key)
        self._font = (key, bold, size)
        if self.producer == "reportlab":
            if key in CORE:
                name = CORE[key][1 if bold else 0]
            else:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                name = f"{key}{'-B' if bold else ''}"
                if name not in self._fonts_done:
                    pdfmetrics.registerFont(TTFont(name, _ttf_path(TTF[key][1 if bold else 0])))
                    self._fonts_done.add(name)
            self.c.setFont(name, size)
            self._rl_name = name
        else:
            if key in CORE:
                self.f.set_font(CORE[key][2], "B" if bold else "", size)
            else:
                style = "B" if bold else ""
                if (key, style) not in self._fonts_done:
                    self.f.add_font(key, style, _ttf_path(TTF[key][1 if bold else 0]))
                    self._fonts_done.add((key, style))
                self.f.set_font(key, style, size)

    @property
    def size(self) -> float:
        return self._font[2]

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, self._rl_name, self.size)
        return self.f.get_string_width(s)

    # drawing ----------------------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, align: str = "l", gray: float = 0.0) -> None:
        if s is None or s == "":
            return
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.f.set_text_color(g, g, g)
            self.f.text(x, y, s)
            self.f.set_text_color(0, 0, 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.f.set_draw_color(g, g, g)
            self.f.set_line_width(w)
            self.f.line(x1, y1, x2, y2)
            self.f.set_draw_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0) -> None:
        self.line(x1, y, x2, y, w, gray)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5, gray: float = 0.0) -> None:
        """A rectangle whose TOP-left corner is (x, y)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeGray(gray)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
            self.c.setFillGray(0)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.f.set_draw_color(g, g, g)
            self.f.set_line_width(lw)
            style = "D"
            if fill is not None:
                fg = int(fill * 255)
                self.f.set_fill_color(fg, fg, fg)
                style = "DF" if stroke else "F"
            self.f.rect(x, y, w, h, style=style)
            self.f.set_draw_color(0, 0, 0)

    def wrap(self, s: str, width: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.width(t) > width:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page


def row(d: Doc, cols: list, y: float, cells: list, lead: float | None = None) -> tuple[float, float, float]:
    """Draw one table row: cols = [(x, width, align)], cells = str or list[str] (stacked text lines).
    Returns (band_top, band_bottom, baseline_of_last_text_line)."""
    lead = lead or d.size * 1.2
    n = 1
    for (x, w, al), cell in zip(cols, cells):
        lines = cell if isinstance(cell, list) else [cell]
        n = max(n, len(lines))
        for i, t in enumerate(lines):
            if t is None:
                continue
            xx = x if al == "l" else (x + w if al == "r" else x + w / 2)
            d.text(xx, y + i * lead, t, al)
    last = y + (n - 1) * lead
    return y - d.size, last + d.size * 0.35, last


# ------------------------------------------------------------------------------------------------ truth
class Truth:
    """Collects the truth of one PDF and the facts the self-check needs (row bands, formats, identities)."""

    def __init__(self, name: str, producer: str, description: str, *, money, date, units=None,
                 identities=("adj",), legend=()):
        self.name, self.producer, self.description = name, producer, description
        self.money, self.date, self.units = money, date, units
        self.identities = identities
        self.lines: list[dict] = []
        self.bands: list[dict] = []
        self.claims: list[dict] = []
        self.legend = list(legend)
        self.findings: list[str] = []
        self.total_labels: dict = {}

    def add(self, page: int, band: tuple, s, *, claim_id, payer_claim_id, patient, printed, units=True,
            modifiers=True, adjustments=None, remarks=None, overrides=None, code_band=None, date_band=None,
            all_adjs=False, extra_tokens=()):
        t = eobgen.truth_line(page, s, claim_id=claim_id, payer_claim_id=payer_claim_id, patient=patient,
                              printed=tuple(printed), units=units, modifiers=modifiers, adjustments=adjustments,
                              remarks=remarks, overrides=overrides, description=False)
        self.lines.append(t)
        self.bands.append({"page": page, "band": [round(band[0], 2), round(band[1], 2)],
                           "code_band": code_band, "date_band": date_band, "all_adjs": all_adjs,
                           "extra": list(extra_tokens)})
        return t

    def claim(self, claim_id, payer_claim_id, patient, billed=None, allowed=None, paid=None, patient_owes=None):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": eobgen.claim_totals(billed, allowed, paid, patient_owes)})

    def plant(self, payer_claim_id: str, label: str, printed: Decimal, real: Decimal) -> None:
        self.findings.append(f"claim-total-mismatch claim {payer_claim_id}: printed {label} total "
                             f"{eobgen.q(printed)} but the lines add up to {eobgen.q(real)}")

    def write(self, pdf_path: Path, pages: int, out_check: dict) -> None:
        eobgen.write_truth(pdf_path, self.name, self.producer, pages, self.description, self.lines, self.claims,
                           self.legend, self.findings)
        out_check[pdf_path.name] = self


# ------------------------------------------------------------------------------------------------ check
def _tok_re(tok: str) -> re.Pattern:
    return re.compile(r"(?<![\w.,$])" + re.escape(tok) + r"(?![\w]|[.,]\d)")


def _band_text(words: list, top: float, bottom: float) -> str:
    sel = [w for w in words if top - 1.5 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1.5]
    sel.sort(key=lambda w: (round(w["top"] / 3), w["x0"]))
    return " ".join(w["text"] for w in sel)


def check_pdf(pdf_path: Path, tr: Truth) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text(encoding="utf-8"))
    with pdfplumber.open(str(pdf_path)) as pdf:
        if len(pdf.pages) != truth["pages"]:
            errs.append(f"page count {len(pdf.pages)} != truth {truth['pages']}")
        words = [p.extract_words(keep_blank_chars=False) for p in pdf.pages]
        texts = [p.extract_text() or "" for p in pdf.pages]
    doc = "\n".join(texts)
    for n in re.findall(r"(?i)\bpage \d+ of (\d+)", doc) + re.findall(r"(?m)^\s*(?:\d+)/(\d+)\s*$", doc):
        if int(n) != len(texts):
            errs.append(f"a footer says 'of {n}' but the document has {len(texts)} pages")
    flat = re.sub(r"\s+", " ", doc)
    if not truth["lines"]:
        errs.append("no lines")
    for i, (ln, bd) in enumerate(zip(truth["lines"], tr.bands)):
        pg = ln["page"]
        if not 1 <= pg <= len(words):
            errs.append(f"line {i}: page {pg} out of range")
            continue
        band = _band_text(words[pg - 1], *bd["band"])
        where = f"line {i} p{pg} ({ln['code']} {ln['service_date']})"

        def need(tok: str, text: str = band, what: str = "") -> None:
            if not _tok_re(tok).search(text):
                errs.append(f"{where}: {what or tok!r} not in its row: {text[:160]!r}")  # noqa: B023

        code_text = _band_text(words[pg - 1], *bd["code_band"]) if bd["code_band"] else band
        if ln["code"]:
            if not re.search(r"(?<![A-Za-z0-9])" + re.escape(ln["code"]) + r"(?!\d)", code_text):
                errs.append(f"{where}: code not in its row/heading: {code_text[:120]!r}")
        for m in ln["modifiers"]:
            if not re.search(r"(?<![A-Za-z])" + re.escape(m) + r"(?![A-Za-z])", band):
                errs.append(f"{where}: modifier {m} not in its row")
        if ln["units"] is not None:
            need(tr.units(Decimal(ln["units"])), code_text if bd["code_band"] == "units" else band, "units")
        date_text = _band_text(words[pg - 1], *bd["date_band"]) if bd["date_band"] else band
        from datetime import date as _d
        need(tr.date(_d.fromisoformat(ln["service_date"])), date_text, "service date")
        if ln["service_end"]:
            need(tr.date(_d.fromisoformat(ln["service_end"])), date_text, "service end")
        for k in eobgen.AMOUNT_KEYS:
            if ln[k] is not None:
                need(tr.money(Decimal(ln[k])), band, k)
        for g, r, a in ln["adjustments"]:
            if not (re.search(re.escape(g) + r"\W{0,3}" + re.escape(r) + r"(?!\d)", band)):
                errs.append(f"{where}: adjustment {g}-{r} not in its row")
            if a is not None:
                need(tr.money(Decimal(a)), band, f"adjustment amount {a}")
        for r in ln["remarks"]:
            need(r, band, f"remark {r}")
        for t in bd["extra"]:
            need(t, band)
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in texts[pg - 1] and ln[k] not in flat:
                errs.append(f"{where}: {k} {ln[k]!r} not in the document")
        # the document's own arithmetic
        D = {k: Decimal(ln[k]) if ln[k] is not None else None for k in eobgen.AMOUNT_KEYS}
        if "adj" in tr.identities and bd["all_adjs"] and D["billed"] is not None and D["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal(0))
            if D["billed"] - s != D["paid"]:
                errs.append(f"{where}: billed {D['billed']} - adjustments {s} != paid {D['paid']}")
        if "share" in tr.identities and D["allowed"] is not None and D["paid"] is not None:
            parts = sum((D[k] or 0 for k in ("deductible", "copay", "coinsurance")), Decimal(0))
            if D["allowed"] - parts != D["paid"]:
                errs.append(f"{where}: allowed - patient share != paid")
        if "owes" in tr.identities and D["patient_owes"] is not None:
            parts = sum((D[k] or 0 for k in ("deductible", "copay", "coinsurance", "not_covered")), Decimal(0))
            if parts != D["patient_owes"]:
                errs.append(f"{where}: patient owes {D['patient_owes']} != its parts {parts}")
        if ("allowed_split" in tr.identities and D["allowed"] and D["paid"] is not None
                and D["patient_owes"] is not None and D["allowed"] - D["paid"] != D["patient_owes"]):
            errs.append(f"{where}: allowed - paid != patient owes")
        if "billed_split" in tr.identities and D["billed"] is not None and D["paid"] is not None:
            s = (D["paid"] + (D["discount"] or 0) + (D["patient_owes"] or 0)
                 + sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal(0)))
            if s != D["billed"]:
                errs.append(f"{where}: paid + write-offs + patient share {s} != billed {D['billed']}")
    # claims: ids present, totals printed and equal to the lines' sum (unless planted)
    planted = {f.split()[2].rstrip(":") for f in truth["expected_findings"]}
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"claim {key}: no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            tok = tr.money(Decimal(v))
            if not _tok_re(tok).search(flat):
                errs.append(f"claim {key}: total {k} {tok} not printed")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            if s != Decimal(v) and c["payer_claim_id"] not in planted:
                errs.append(f"claim {key}: {k} total {v} != lines {s}")
    for f in truth["expected_findings"]:
        m = re.search(r"total (-?[\d.]+) but the lines add up to (-?[\d.]+)", f)
        if not m or Decimal(m.group(1)) == Decimal(m.group(2)):
            errs.append(f"planted finding does not really differ: {f}")
    return errs
