"""Drawing, service-record, truth and self-check helpers for bench/heldout20/make_heldout20_pdfs.py.

One small page API over two producers (reportlab and fpdf2), in points with the origin at the TOP left and y
the text baseline, so every layout draws the same way whatever writes the file. Each service row's vertical band
is remembered so that --check can find the truth values on the service's own text lines.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import q, units_str, write_truth  # noqa: E402  (the sample factory's truth writer and helpers)

ZERO = Decimal("0.00")
FIXED = datetime(2026, 2, 20, 8, 0, 0, tzinfo=UTC)
LETTER = (612.0, 792.0)

FONT_FILES = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-{}.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-{}.ttf",
}
DEJAVU = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                            "DejaVuSansCondensed-Oblique.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "DejaVuSansMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
        "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
        "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}


def font_paths(family: str) -> tuple[str, str, str] | None:
    if family in FONT_FILES:
        pat = FONT_FILES[family]
        paths = (pat.format("Regular"), pat.format("Bold"), pat.format("Italic"))
    elif family in DEJAVU:
        paths = tuple("/usr/share/fonts/truetype/dejavu/" + f for f in DEJAVU[family])
    else:
        return None
    return paths if all(Path(p).exists() for p in paths) else None


class Doc:
    """A document being drawn. style: 'R' regular, 'B' bold, 'I' italic."""

    def __init__(self, path: Path, producer: str, family: str, size=LETTER, landscape=False):
        self.path = Path(path)
        self.producer = producer
        self.W, self.H = (size[1], size[0]) if landscape else size
        self.page = 0
        paths = font_paths(family)
        core = "Helvetica" if family not in CORE and paths is None else family
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if paths:
                names = []
                for st, p in zip("RBI", paths):
                    nm = f"{family}-{st}"
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, p))
                    names.append(nm)
                self.fonts = dict(zip("RBI", names))
            else:
                self.fonts = dict(zip("RBI", CORE[core]))
            self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            self.c.setAuthor("heldout20")
            self.c.setTitle(self.path.stem)
        else:
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format=(size[0], size[1]))
            self.f.set_auto_page_break(False)
            self.f.set_creation_date(FIXED)
            self.f.set_title(self.path.stem)
            if paths:
                for st, p in zip(["", "B", "I"], paths):
                    self.f.add_font(family, st, p)
                self.ffam = family
            else:
                self.ffam = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}[core]
        self._cur = None
        self.new_page()

    # ---------------------------------------------------------------- primitives
    def new_page(self):
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1
        self._cur = None

    def _setfont(self, style, size):
        if self._cur == (style, size):
            return
        if self.producer == "reportlab":
            self.c.setFont(self.fonts[style], size)
        else:
            self.f.set_font(self.ffam, "" if style == "R" else style, size)
        self._cur = (style, size)

    def width(self, s, size, style="R"):
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fonts[style], size)
        self._setfont(style, size)
        return self.f.get_string_width(s)

    def text(self, x, y, s, size=8, style="R", align="l", gray=0.0):
        if s is None or s == "":
            return
        s = str(s)
        w = self.width(s, size, style)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self._setfont(style, size)
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.f.set_text_color(g, g, g)
            self.f.text(x, y, s)
            self.f.set_text_color(0, 0, 0)

    def hline(self, x0, x1, y, w=0.5, gray=0.0, dash=False):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x0, self.H - y, x1, self.H - y)
            self.c.setDash()
            self.c.setStrokeGray(0)
        else:
            self.f.set_line_width(w)
            g = int(gray * 255)
            self.f.set_draw_color(g, g, g)
            if dash:
                self.f.set_dash_pattern(2, 2)
            self.f.line(x0, y, x1, y)
            self.f.set_dash_pattern()
            self.f.set_draw_color(0, 0, 0)

    def vline(self, x, y0, y1, w=0.5, gray=0.0):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x, self.H - y0, x, self.H - y1)
            self.c.setStrokeGray(0)
        else:
            self.f.set_line_width(w)
            g = int(gray * 255)
            self.f.set_draw_color(g, g, g)
            self.f.line(x, y0, x, y1)
            self.f.set_draw_color(0, 0, 0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        """x, y = top-left corner. fill = gray level or None."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
            style = ("D" if stroke else "") + ("F" if fill is not None else "")
            if style:
                self.f.rect(x, y, w, h, style="DF" if style == "DF" else style)

    def wrap(self, s, width, size, style="R"):
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.width(t, size, style) > width:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def paragraph(self, x, y, s, width, size=8, style="R", lead=None, gray=0.0):
        lead = lead or size * 1.25
        for ln in self.wrap(s, width, size, style):
            self.text(x, y, ln, size, style, gray=gray)
            y += lead
        return y

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page


# ------------------------------------------------------------------------------------------- services

@dataclass
class Ln:
    dos: date
    code: str
    units: Decimal
    mods: tuple = ()
    billed: Decimal = ZERO
    end: date | None = None
    allowed: Decimal | None = None
    discount: Decimal = ZERO
    not_covered: Decimal = ZERO
    deductible: Decimal = ZERO
    copay: Decimal = ZERO
    coinsurance: Decimal = ZERO
    other_paid: Decimal = ZERO  # a primary / other payer's payment
    paid: Decimal = ZERO
    owes: Decimal = ZERO
    adjs: list = field(default_factory=list)
    remarks: list = field(default_factory=list)
    desc: str = ""
    extra: dict = field(default_factory=dict)

    def neg(self) -> Ln:
        r = Ln(self.dos, self.code, self.units, self.mods, -self.billed, self.end,
               None if self.allowed is None else -self.allowed, -self.discount, -self.not_covered,
               -self.deductible, -self.copay, -self.coinsurance, -self.other_paid, -self.paid, -self.owes,
               [(g, c, -a) for g, c, a in self.adjs], list(self.remarks), self.desc, dict(self.extra))
        return r


def D(x) -> Decimal:
    return q(Decimal(str(x)))


def tot(lines, attr) -> Decimal:
    return sum((getattr(x, attr) or ZERO for x in lines), ZERO)


# ------------------------------------------------------------------------------------------- truth

class Truth:
    """Collects printed truth and the band each service row occupies, for the self-check."""

    def __init__(self, name, layout, producer, description, fmt_money, fmt_date):
        self.name, self.layout, self.producer, self.description = name, layout, producer, description
        self.lines, self.claims, self.legend, self.findings = [], [], [], []
        self.bands = []  # (page, top, bottom) per truth line
        self.fmt_money, self.fmt_date = fmt_money, fmt_date
        self.units_fmt = lambda u: units_str(u)
        self.adj_fmt = lambda g, r: f"{g}-{r}"
        self.checks = []  # extra arithmetic assertions (label, left, right)
        self.full_adj = False  # every adjustment printed with its amount: billed - adjustments = paid
        self.parts = None  # ("allowed", ["deductible", ...], "paid") style identity checked per line
        self.doc_strings = []  # strings that must appear somewhere in the document

    def line(self, page, top, bottom, s: Ln, claim_id, pcn, patient, printed, *, units=True, mods=True,
             adjs=None, remarks=None, end=None):
        row = {
            "page": page, "claim_id": claim_id, "payer_claim_id": pcn, "patient": patient,
            "service_date": s.dos.isoformat(), "service_end": end.isoformat() if end else None,
            "code": s.code, "modifiers": list(s.mods) if mods else [],
            "units": units_str(s.units) if units else None,
        }
        m = {"billed": s.billed, "allowed": s.allowed, "paid": s.paid, "patient_owes": s.owes,
             "deductible": s.deductible, "copay": s.copay, "coinsurance": s.coinsurance,
             "not_covered": s.not_covered, "discount": s.discount}
        for k, v in m.items():
            row[k] = str(q(v)) if (k in printed and v is not None) else None
        row["adjustments"] = [[g, c, None if a is None else str(q(a))] for g, c, a in (adjs or [])]
        row["remarks"] = list(remarks or [])
        row["description"] = None
        self.lines.append(row)
        self.bands.append((page, top, bottom))

    def claim(self, claim_id, pcn, patient, billed=None, allowed=None, paid=None, owes=None):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": pcn, "patient": patient, "totals": {
            "billed": None if billed is None else str(q(billed)),
            "allowed": None if allowed is None else str(q(allowed)),
            "paid": None if paid is None else str(q(paid)),
            "patient_owes": None if owes is None else str(q(owes))}})

    def write(self, pdf: Path, pages: int):
        self.pages = pages
        write_truth(pdf, self.layout, self.producer, pages, self.description, self.lines, self.claims,
                    self.legend, self.findings)


# ------------------------------------------------------------------------------------------- check

def _tok_re(tok: str) -> re.Pattern:
    return re.compile(r"(?<![0-9A-Za-z.,])" + re.escape(tok) + r"(?![0-9A-Za-z]|[.,]\d)")


def check(pdf: Path, t: Truth) -> list[str]:
    import pdfplumber
    errs = []
    with pdfplumber.open(str(pdf)) as doc:
        if len(doc.pages) != t.pages:
            errs.append(f"pages {len(doc.pages)} != {t.pages}")
        words = [p.extract_words(keep_blank_chars=False, use_text_flow=False) for p in doc.pages]
        alltext = "\n".join(p.extract_text() or "" for p in doc.pages)
    flat = re.sub(r"\s+", " ", alltext)

    def band_text(page, top, bottom):
        ws = [w for w in words[page - 1] if w["top"] >= top - 1 and w["bottom"] <= bottom + 2]
        return " ".join(w["text"] for w in sorted(ws, key=lambda w: (round(w["top"]), w["x0"])))

    for i, (row, (page, top, bottom)) in enumerate(zip(t.lines, t.bands)):
        bt = band_text(page, top, bottom)
        where = f"line {i + 1} p{page} {row['code']}"
        if not bt:
            errs.append(f"{where}: empty band")
            continue
        need = [row["code"]] + row["modifiers"] + row["remarks"]
        if row["units"] is not None:
            need.append(t.units_fmt(Decimal(row["units"])))
        need.append(t.fmt_date(date.fromisoformat(row["service_date"])))
        if row["service_end"]:
            need.append(t.fmt_date(date.fromisoformat(row["service_end"])))
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if row[k] is not None:
                need.append(t.fmt_money(Decimal(row[k])))
        for g, c, a in row["adjustments"]:
            need.append(t.adj_fmt(g, c))
            if a is not None:
                need.append(t.fmt_money(Decimal(a)))
        for tok in need:
            if not _tok_re(tok).search(bt):
                errs.append(f"{where}: {tok!r} not in its row: {bt!r}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if row[k] and re.sub(r"\s+", " ", row[k]) not in flat:
                errs.append(f"{where}: {k} {row[k]!r} not in document")
        # arithmetic
        money = {k: Decimal(row[k]) if row[k] is not None else None for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount")}
        if t.full_adj and money["billed"] is not None and money["paid"] is not None:
            adj = sum((Decimal(a) for _, _, a in row["adjustments"]), ZERO)
            if money["billed"] - adj != money["paid"]:
                errs.append(f"{where}: billed - adjustments {money['billed'] - adj} != paid {money['paid']}")
        if t.parts:
            base, subs, res = t.parts
            if all(money[k] is not None for k in [base, res] + subs):
                if money[base] - sum(money[k] for k in subs) != money[res]:
                    errs.append(f"{where}: {base} - {subs} != {res}")
    # claim totals
    for c in t.claims:
        mine = [r for r in t.lines if r["claim_id"] == c["claim_id"] and r["payer_claim_id"] == c["payer_claim_id"]
                and r["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum((Decimal(r[k]) for r in mine if r[k] is not None), ZERO)
            planted = [f for f in t.findings if "claim-total-mismatch" in f and
                       (str(c["payer_claim_id"]) in f or str(c["claim_id"]) in f)]
            if s != Decimal(v) and not planted:
                errs.append(f"claim {c['payer_claim_id']}: {k} total {v} != lines {s}")
            if planted and s == Decimal(v) and any(v in f for f in planted):
                errs.append(f"claim {c['payer_claim_id']}: planted mismatch does not differ")
            if not _tok_re(t.fmt_money(Decimal(v))).search(flat):
                errs.append(f"claim {c['payer_claim_id']}: total {v} not printed")
    for m in re.finditer(r"(?i)\bpage (\d+) of (\d+)", flat):
        if int(m.group(2)) != t.pages or int(m.group(1)) > t.pages:
            errs.append(f"printed {m.group(0)!r} but the file has {t.pages} pages")
            break
    for lbl, a, b in t.checks:
        if a != b:
            errs.append(f"{lbl}: {a} != {b}")
    for s in t.doc_strings:
        if s not in flat:
            errs.append(f"{s!r} not in document")
    return errs


def refuse_samples(out: Path):
    root = Path(__file__).resolve().parents[2] / "samples"
    try:
        Path(out).resolve().relative_to(root)
    except ValueError:
        return
    sys.exit("refusing to write under samples/")


def dump(obj):
    return json.dumps(obj, indent=1)
