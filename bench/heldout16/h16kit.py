"""Drawing, truth and self-check helpers for bench/heldout16/make_heldout16_pdfs.py.

One top-left-origin drawing interface over reportlab and fpdf2 (y grows downwards, text y = baseline), a small
table drawer that reports the vertical band of every row it draws, a truth collector that writes the
samples/pdf truth format through samples/pdf/eobgen.py, and the --check reader (pdfplumber).
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
import eobgen  # noqa: E402
from eobgen import FIXED_WHEN, ZERO, q, truth_line, write_truth  # noqa: E402,F401

# Invented fees for codes the shared charge master lacks (this process only).
eobgen.FEE.update({"97533": "92.00", "97162": "245.00", "92610": "185.00", "99214": "215.00", "97750": "88.00",
                   "97542": "70.00", "97018": "30.00"})
eobgen.SCHED.update({"97533": "34.10", "97162": "101.12", "92610": "91.77", "99214": "124.10", "97750": "33.20",
                     "97542": "27.90", "97018": "5.02"})

LETTER = (612.0, 792.0)
K_AMOUNTS = eobgen.AMOUNT_KEYS
TTF = {
    "LS": "liberation/LiberationSans-Regular.ttf", "LSB": "liberation/LiberationSans-Bold.ttf",
    "LSI": "liberation/LiberationSans-Italic.ttf",
    "LN": "liberation/LiberationSansNarrow-Regular.ttf", "LNB": "liberation/LiberationSansNarrow-Bold.ttf",
    "LR": "liberation/LiberationSerif-Regular.ttf", "LRB": "liberation/LiberationSerif-Bold.ttf",
    "LRI": "liberation/LiberationSerif-Italic.ttf",
    "LM": "liberation/LiberationMono-Regular.ttf", "LMB": "liberation/LiberationMono-Bold.ttf",
    "DV": "dejavu/DejaVuSans.ttf", "DVB": "dejavu/DejaVuSans-Bold.ttf", "DVI": "dejavu/DejaVuSans-Oblique.ttf",
    "DC": "dejavu/DejaVuSansCondensed.ttf", "DCB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DS": "dejavu/DejaVuSerif.ttf", "DSB": "dejavu/DejaVuSerif-Bold.ttf", "DSI": "dejavu/DejaVuSerif-Italic.ttf",
}
FONT_DIR = Path("/usr/share/fonts/truetype")
CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Helvetica-Oblique": ("helvetica", "I"),
        "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"), "Times-Italic": ("times", "I"),
        "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
# Fallback to core fonts when a TrueType file is missing.
FALLBACK = {"B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def _font_ok(name: str) -> str:
    if name in CORE:
        return name
    if (FONT_DIR / TTF[name]).exists():
        return name
    if name.startswith(("LR", "DS")):
        return "Times-Bold" if name.endswith("B") else "Times-Roman"
    if name.startswith("LM"):
        return "Courier-Bold" if name.endswith("B") else "Courier"
    return "Helvetica-Bold" if name.endswith("B") else "Helvetica"


class Doc:
    """A PDF being drawn, top-left origin, in points."""

    def __init__(self, path: Path, producer: str, size=LETTER, landscape: bool = False):
        self.path, self.producer = Path(path), producer
        self.W, self.H = (size[1], size[0]) if landscape else size
        self.page = 1
        self._font = ("Helvetica", 9.0)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for k, rel in TTF.items():
                if (FONT_DIR / rel).exists() and k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, str(FONT_DIR / rel)))
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(self.path.stem)
        else:
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=(self.W, self.H))
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margin(0)
            self._ttf_added: set = set()
            self.c.add_page()

    # ---------------------------------------------------------------- fonts and text
    def font(self, name: str, size: float) -> None:
        self._font = (_font_ok(name), size)

    def _apply(self, name: str, size: float) -> None:
        if self.producer == "reportlab":
            self.c.setFont(name, size)
        else:
            if name in CORE:
                fam, st = CORE[name]
                self.c.set_font(fam, st, size)
            else:
                if name not in self._ttf_added:
                    self.c.add_font(name, "", str(FONT_DIR / TTF[name]))
                    self._ttf_added.add(name)
                self.c.set_font(name, "", size)

    def width(self, s: str, name: str | None = None, size: float | None = None) -> float:
        name = _font_ok(name) if name else self._font[0]
        size = size or self._font[1]
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, name, size)
        self._apply(name, size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, name: str | None = None, size: float | None = None,
             align: str = "l", gray: float = 0.0) -> None:
        name = _font_ok(name) if name else self._font[0]
        size = size or self._font[1]
        if not s:
            return
        w = self.width(s, name, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self._apply(name, size)
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def wrap(self, s: str, width: float, name: str | None = None, size: float | None = None) -> list[str]:
        out: list[str] = []
        for para in s.split("\n"):
            cur = ""
            for w in para.split(" "):
                t = (cur + " " + w).strip()
                if cur and self.width(t, name, size) > width:
                    out.append(cur)
                    cur = w
                else:
                    cur = t
            out.append(cur)
        return out

    # ---------------------------------------------------------------- shapes
    def rect(self, x: float, y: float, w: float, h: float, fill=None, stroke: float | None = 0.5) -> None:
        if self.producer == "reportlab":
            c = self.c
            if fill is not None:
                c.setFillGray(fill) if isinstance(fill, float) else c.setFillColorRGB(*fill)
            if stroke:
                c.setLineWidth(stroke)
            c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            c.setFillGray(0)
        else:
            c = self.c
            if fill is not None:
                if isinstance(fill, float):
                    g = int(fill * 255)
                    c.set_fill_color(g, g, g)
                else:
                    c.set_fill_color(*[int(v * 255) for v in fill])
            if stroke:
                c.set_line_width(stroke)
            style = ("F" if fill is not None else "") + ("D" if stroke else "")
            if style == "FD":
                style = "DF"
            c.rect(x, y, w, h, style=style or "D")

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setDash(2, 2) if dash else self.c.setDash()
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setDash()
        else:
            self.c.set_line_width(w)
            if dash:
                self.c.set_dash_pattern(dash=2, gap=2)
            self.c.line(x1, y1, x2, y2)
            if dash:
                self.c.set_dash_pattern()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def close(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


class Table:
    """Columns [(title, width, align)], titles may hold '\\n'. Draws rows and returns their band."""

    def __init__(self, doc: Doc, x: float, cols, font="Helvetica", size=7.0, hfont=None, hsize=None, lead=None,
                 pad=2.0, header_fill=None, rules="h", zebra=None, wrap_cols=()):
        self.d, self.x, self.cols = doc, x, cols
        self.font, self.size = font, size
        self.hfont, self.hsize = hfont or font, hsize or size
        self.lead = lead or size * 1.22
        self.pad, self.header_fill, self.rules, self.zebra = pad, header_fill, rules, zebra
        self.wrap_cols = set(wrap_cols)
        self.width = sum(c[1] for c in cols)
        self._n = 0

    def _xs(self):
        xs, x = [], self.x
        for c in self.cols:
            xs.append(x)
            x += c[1]
        return xs

    def header(self, y: float) -> float:
        d = self.d
        n = max(len(c[0].split("\n")) for c in self.cols)
        h = n * self.hsize * 1.15 + 2 * self.pad
        if self.header_fill is not None:
            d.rect(self.x, y, self.width, h, fill=self.header_fill, stroke=0.5 if self.rules == "grid" else None)
        for (title, w, al), x in zip(self.cols, self._xs()):
            parts = title.split("\n")
            off = n - len(parts)
            for i, p in enumerate(parts):
                by = y + self.pad + (off + i + 1) * self.hsize * 1.15 - 1.5
                tx = x + self.pad if al == "l" else (x + w - self.pad if al == "r" else x + w / 2)
                d.text(tx, by, p, self.hfont, self.hsize, al)
            if self.rules == "grid":
                d.line(x, y, x, y + h, 0.4)
        if self.rules == "grid":
            d.line(self.x + self.width, y, self.x + self.width, y + h, 0.4)
        if self.rules in ("h", "grid"):
            d.line(self.x, y, self.x + self.width, y, 0.6)
            d.line(self.x, y + h, self.x + self.width, y + h, 0.6)
        return y + h

    def height(self, cells) -> float:
        n = 1
        for (title, w, al), c in zip(self.cols, cells):
            n = max(n, len(self._lines(c, w, al)))
        return n * self.lead + 2 * self.pad

    def _lines(self, c, w, al) -> list[str]:
        if c is None:
            return [""]
        if isinstance(c, (list, tuple)):
            return list(c)
        return self.d.wrap(str(c), w - 2 * self.pad, self._cur_font, self.size)

    _cur_font = "Helvetica"

    def row(self, y: float, cells, font=None, fill=None, line_below=True) -> tuple[int, float, float]:
        d = self.d
        self._cur_font = font or self.font
        h = self.height(cells)
        self._n += 1
        if fill is None and self.zebra is not None and self._n % 2 == 0:
            fill = self.zebra
        if fill is not None:
            d.rect(self.x, y, self.width, h, fill=fill, stroke=None)
        for (title, w, al), x, c in zip(self.cols, self._xs(), cells):
            for i, ln in enumerate(self._lines(c, w, al)):
                by = y + self.pad + self.size * 0.95 + i * self.lead
                tx = x + self.pad if al == "l" else (x + w - self.pad if al == "r" else x + w / 2)
                d.text(tx, by, ln, self._cur_font, self.size, al)
            if self.rules == "grid":
                d.line(x, y, x, y + h, 0.4)
        if self.rules == "grid":
            d.line(self.x + self.width, y, self.x + self.width, y + h, 0.4)
        if line_below and self.rules in ("h", "grid"):
            d.line(self.x, y + h, self.x + self.width, y + h, 0.25 if self.rules == "h" else 0.4)
        self._cur_font = self.font
        return d.page, y, y + h


# -------------------------------------------------------------------------------- truth collection

class Truth:
    """Collects truth lines and claims plus (in memory) the band each was printed in, for --check."""

    def __init__(self, name: str, producer: str, *, money, date, units=None, arith=(), code_forms=None):
        self.name, self.producer = name, producer
        self.lines: list[dict] = []
        self.claims: list[dict] = []
        self.bands: list[list] = []  # per line: [(page, top, bottom), ...]
        self.total_bands: dict = {}
        self.money, self.date, self.units = money, date, units
        self.arith = set(arith)
        self.expected: list[str] = []

    def add(self, bands, s, *, claim_id, payer_claim_id, patient, printed, units=True, modifiers=True, end=None,
            adjustments=None, remarks=None, overrides=None) -> None:
        row = truth_line(bands[0][0], s, claim_id=claim_id, payer_claim_id=payer_claim_id, patient=patient,
                         printed=printed, units=units, modifiers=modifiers, service_end=end,
                         adjustments=adjustments, remarks=remarks, overrides=overrides, description=False)
        for k in K_AMOUNTS:
            if row[k] == "-0.00":
                row[k] = "0.00"
        self.lines.append(row)
        self.bands.append(list(bands))

    def claim(self, claim_id, payer_claim_id, patient, totals: dict, band=None) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": totals})
        if band is not None:
            self.total_bands[len(self.claims) - 1] = band

    def write(self, pdf: Path, pages: int, description: str, legend) -> None:
        write_truth(pdf, self.name, self.producer, pages, description, self.lines, self.claims, legend,
                    self.expected)


# -------------------------------------------------------------------------------- self-check

def _band_text(page, top: float, bottom: float) -> str:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    sel = [w for w in words if top - 0.5 <= (w["top"] + w["bottom"]) / 2 <= bottom + 0.5]
    sel.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in sel)


def _has(text: str, s: str) -> bool:
    return re.search(r"(?<![\w.,$])" + re.escape(s) + r"(?![\w])", text) is not None


def check_file(pdf_path: Path, t: Truth) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    data = json.loads(Path(str(pdf_path) + ".truth.json").read_text(encoding="utf-8"))
    D = lambda v: None if v is None else Decimal(v)  # noqa: E731
    with pdfplumber.open(str(pdf_path)) as pdf:
        if len(pdf.pages) != data["pages"]:
            errs.append(f"pages {len(pdf.pages)} != {data['pages']}")
        alltext = "\n".join(p.extract_text() or "" for p in pdf.pages)
        flat = re.sub(r"\s+", " ", alltext)
        for m in re.finditer(r"Page (\d+) of (\d+)", flat, re.I):
            if int(m.group(2)) != len(pdf.pages):
                errs.append(f"footer {m.group(0)} but {len(pdf.pages)} pages")
        for i, (ln, bands) in enumerate(zip(data["lines"], t.bands)):
            txt = " ".join(_band_text(pdf.pages[p - 1], a, b) for p, a, b in bands)
            tag = f"line {i + 1} ({ln['code']} {ln['service_date']})"
            if ln["page"] != bands[0][0]:
                errs.append(f"{tag}: page")
            if ln["code"] and ln["code"] not in txt:
                errs.append(f"{tag}: code not in band: {txt!r}")
            for m in ln["modifiers"]:
                if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", txt) and (ln["code"] + m) not in txt \
                        and (ln["code"] + "".join(ln["modifiers"])) not in txt:
                    errs.append(f"{tag}: modifier {m} not in band")
            if ln["units"] is not None and not re.search(r"(?<!\S)" + re.escape(t.units(Decimal(ln["units"])))
                                                         + r"(?!\S)", txt):
                errs.append(f"{tag}: units {ln['units']} not in band {txt!r}")
            for k in ("service_date", "service_end"):
                if ln[k] and t.date(eobgen.date.fromisoformat(ln[k])) not in txt:
                    errs.append(f"{tag}: {k} not in band {txt!r}")
            for k in eobgen.AMOUNT_KEYS:
                if ln[k] is not None and not _has(txt, t.money(Decimal(ln[k]))):
                    errs.append(f"{tag}: {k} {ln[k]} ({t.money(Decimal(ln[k]))}) not in band {txt!r}")
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}\s?-?\s?{c}(?!\d)", txt):
                    errs.append(f"{tag}: adjustment {g}-{c} not in band")
                if a is not None and not _has(txt, t.money(Decimal(a))):
                    errs.append(f"{tag}: adjustment amount {a} not in band")
            for r in ln["remarks"]:
                if not _has(txt, r):
                    errs.append(f"{tag}: remark {r} not in band")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in flat:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document")
            # the document's own arithmetic
            b, al, pd, ow = D(ln["billed"]), D(ln["allowed"]), D(ln["paid"]), D(ln["patient_owes"])
            ded, cop, coi, nc, disc = (D(ln[k]) for k in ("deductible", "copay", "coinsurance", "not_covered",
                                                           "discount"))
            adj = ln["adjustments"]
            if "adj" in t.arith and adj and all(a[2] is not None for a in adj) and b is not None and pd is not None:
                if b - sum(Decimal(a[2]) for a in adj) != pd:
                    errs.append(f"{tag}: billed - adjustments != paid")
            if "disc" in t.arith and None not in (b, disc, al):
                if b - disc - (nc or ZERO) != al:
                    errs.append(f"{tag}: billed - discount - not covered != allowed")
            if "share" in t.arith and None not in (al, pd):
                if al - (ded or ZERO) - (cop or ZERO) - (coi or ZERO) != pd:
                    errs.append(f"{tag}: allowed - patient share != paid")
            if "owes" in t.arith and ow is not None and (ded is not None or cop is not None):
                parts = (ded or ZERO) + (cop or ZERO) + (coi or ZERO)
                if ow != parts and ow != parts + (nc or ZERO):
                    errs.append(f"{tag}: patient owes != its parts")
            if "stmt" in t.arith and None not in (b, pd, disc, ow):
                if b - pd - disc < ow or ow < 0:
                    errs.append(f"{tag}: charge - insurance paid - adjustment < balance")
        # claim totals = sum of lines (unless planted)
        planted = " ".join(data["expected_findings"])
        for ci, cl in enumerate(data["claims"]):
            mine = [ln for ln in data["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (cl["claim_id"], cl["payer_claim_id"], cl["patient"])]
            if not mine:
                errs.append(f"claim {cl['payer_claim_id']}: no lines")
            for k, v in cl["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), ZERO)
                if s != Decimal(v):
                    if f"claim {cl['payer_claim_id']}:" in planted and f"total {v} but the lines add up to {s}" \
                            in planted:
                        continue
                    errs.append(f"claim {cl['payer_claim_id']}: total {k} {v} != lines {s}")
                if ci in t.total_bands:
                    p, a, bb = t.total_bands[ci]
                    if not _has(_band_text(pdf.pages[p - 1], a, bb), t.money(Decimal(v))):
                        errs.append(f"claim {cl['payer_claim_id']}: total {k} {v} not in its totals row")
        for f in data["expected_findings"]:
            m = re.search(r"total (-?[\d.]+) but the lines add up to (-?[\d.]+)", f)
            if not m or m.group(1) == m.group(2):
                errs.append(f"planted finding not a real mismatch: {f}")
    return errs
