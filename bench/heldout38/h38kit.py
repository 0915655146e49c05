"""Drawing wrapper (reportlab / fpdf2, top-left origin, y downward), page flow, truth collector and the
text-layer self-check for bench/heldout38/make_heldout38_pdfs.py. Written without looking at the reader."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

from eobgen import FIXED_WHEN, amt, claim_totals, truth_line, write_truth  # noqa: E402,F401

FONTDIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
TTF = {
    "LibSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LibNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    "LibSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "LibMono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "DejaSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaSerifCond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    "DejaSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
        "Times": ("Times-Roman", "Times-Bold")}


def _find(fn: str) -> Path | None:
    for d in FONTDIRS:
        if (d / fn).exists():
            return d / fn
    return None


def family_available(fam: str) -> bool:
    return fam in CORE or all(_find(f) for f in TTF.get(fam, ("x",)))


LETTER = (612.0, 792.0)


class Pen:
    """Common drawing surface. Coordinates in points from the TOP-left corner; text y is the baseline."""

    def __init__(self, size=LETTER, landscape=False, family="Helvetica"):
        w, h = size
        self.w, self.h = (h, w) if landscape else (w, h)
        self.family = family if family_available(family) else "Helvetica"
        self.page = 0

    # interface: new_page, _text, width, line, rect, save
    def text(self, x, y, s, size=8, bold=False, align="l"):
        s = str(s)
        if align == "r":
            x -= self.width(s, size, bold)
        elif align == "c":
            x -= self.width(s, size, bold) / 2
        self._text(x, y, s, size, bold)

    def wrap(self, s, maxw, size=8, bold=False):
        out, cur = [], ""
        for word in str(s).split():
            t = (cur + " " + word).strip()
            if cur and self.width(t, size, bold) > maxw:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]


class RLPen(Pen):
    producer = "reportlab"

    def __init__(self, path, **kw):
        super().__init__(**kw)
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pm = pdfmetrics
        if self.family in CORE:
            self.fonts = CORE[self.family]
        else:
            reg, bold = TTF[self.family]
            self.fonts = (self.family + "-R", self.family + "-B")
            for name, fn in zip(self.fonts, (reg, bold)):
                try:
                    pdfmetrics.getFont(name)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(name, str(_find(fn))))
        self.c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        self.c.setTitle("Statement")
        self.started = False

    def new_page(self):
        if self.started:
            self.c.showPage()
        self.started = True
        self.page += 1

    def _text(self, x, y, s, size, bold):
        self.c.setFont(self.fonts[1 if bold else 0], size)
        self.c.setFillGray(0)
        self.c.drawString(x, self.h - y, s)

    def width(self, s, size=8, bold=False):
        return self.pm.stringWidth(str(s), self.fonts[1 if bold else 0], size)

    def line(self, x1, y1, x2, y2, w=0.5, gray=0):
        self.c.setLineWidth(w)
        self.c.setStrokeGray(gray)
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.c.setLineWidth(lw)
        self.c.setStrokeGray(0)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def save(self):
        self.c.showPage()
        self.c.save()


class FPen(Pen):
    producer = "fpdf2"

    def __init__(self, path, **kw):
        super().__init__(**kw)
        from fpdf import FPDF
        self.path = path
        self.pdf = FPDF(unit="pt", format=(self.w, self.h) if self.w < self.h else (self.h, self.w),
                        orientation="L" if self.w > self.h else "P")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(FIXED_WHEN)
        self.pdf.set_title("Statement")
        if self.family in CORE:
            self.fam = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}[self.family]
        else:
            reg, bold = TTF[self.family]
            self.fam = self.family
            self.pdf.add_font(self.family, "", str(_find(reg)))
            self.pdf.add_font(self.family, "B", str(_find(bold)))

    def new_page(self):
        self.pdf.add_page()
        self.page += 1

    def _font(self, size, bold):
        self.pdf.set_font(self.fam, "B" if bold else "", size)

    def _text(self, x, y, s, size, bold):
        self._font(size, bold)
        self.pdf.set_text_color(0)
        self.pdf.text(x, y, s)

    def width(self, s, size=8, bold=False):
        self._font(size, bold)
        return self.pdf.get_string_width(str(s))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0):
        self.pdf.set_line_width(w)
        self.pdf.set_draw_color(int(gray * 255))
        self.pdf.line(x1, y1, x2, y2)
        self.pdf.set_draw_color(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pdf.set_line_width(lw)
        style = ("F" if fill is not None else "") + ("D" if stroke else "")
        if fill is not None:
            self.pdf.set_fill_color(int(fill * 255))
        self.pdf.rect(x, y, w, h, style=style or "D")

    def save(self):
        self.pdf.output(str(self.path))


class Flow:
    """Vertical cursor with page breaks: furniture(pen) draws a new page's head and returns the y to continue at;
    repeat() (optional) redraws a running heading after a break and returns the new y."""

    def __init__(self, pen, furniture, bottom):
        self.pen, self.furniture, self.bottom = pen, furniture, bottom
        self.repeat = None
        self.pen.new_page()
        self.y = furniture(pen)

    def need(self, h):
        if self.y + h > self.bottom:
            self.pen.new_page()
            self.y = self.furniture(self.pen)
            if self.repeat:
                self.y = self.repeat(self.y)
            return True
        return False


class Truth:
    def __init__(self):
        self.lines, self.claims, self.findings = [], [], []

    def add(self, page, s, **kw):
        kw.setdefault("description", False)
        self.lines.append(truth_line(page, s, **kw))

    def claim(self, claim_id, payer_claim_id, patient, **totals):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals(**totals)})


# ---------------------------------------------------------------------------------------------- check

def _text_lines(pdf_path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = sorted(p.extract_words(keep_blank_chars=False, use_text_flow=False), key=lambda w: (w["top"], w["x0"]))
            rows = []
            for w in words:
                if rows and abs(rows[-1][0] - w["top"]) < 2.5:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["top"], [w]])
            pages.append([[x["text"] for x in sorted(r[1], key=lambda w: w["x0"])] for r in rows])
    return pages


def _has_seq(words, token):
    tw = str(token).split()
    n = len(tw)
    return any(words[i:i + n] == tw for i in range(len(words) - n + 1)) or (n == 1 and any(token in w for w in words)
                                                                             and len(token) >= 5)


def check_file(pdf_path, fmt, span=0):
    """fmt: object with money(Decimal)->str|None-able, date(date)->str, units(str)->str, code(line)->[tokens]."""
    from datetime import date as _d
    errs = []
    tr = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = _text_lines(pdf_path)
    if len(pages) != tr["pages"]:
        errs.append(f"page count {len(pages)} != truth {tr['pages']}")
    alltext = " ".join(" ".join(" ".join(r) for r in pg) for pg in pages)
    flat = [[" ".join(r) for r in pg] for pg in pages]
    for i, ln in enumerate(tr["lines"]):
        pg = pages[ln["page"] - 1]
        dtok = fmt.date(_d.fromisoformat(ln["service_date"]))
        toks = ([dtok] if fmt.row_date else []) + fmt.code(ln)
        if not fmt.row_date and dtok not in " ".join(flat[ln["page"] - 1]):
            errs.append(f"line {i}: claim-head date {dtok} not on its page")
        if ln["units"] is not None:
            toks.append(fmt.units(ln["units"]))
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None:
                toks.append(fmt.money(Decimal(ln[k])))
        ok = False
        for r in range(len(pg)):
            words = sum(pg[r:r + 1 + span], [])
            if all(_has_seq(words, t) for t in toks):
                ok = True
                break
        if not ok:
            errs.append(f"line {i} p{ln['page']} {ln['code']} {ln['service_date']}: tokens {toks} not on one row")
        for key in ("claim_id", "payer_claim_id", "patient"):
            v = ln[key]
            if v is not None and v not in " ".join(" ".join(flat[p]) for p in range(ln["page"])):
                errs.append(f"line {i}: {key} {v!r} not printed on or before page {ln['page']}")
        for g, c, a in ln["adjustments"]:
            if a is not None and f"{abs(Decimal(a)):,.2f}" not in " ".join(flat[ln["page"] - 1]):
                errs.append(f"line {i}: adjustment {g}-{c} {a} not on page")
        for rm in ln["remarks"]:
            if rm not in alltext:
                errs.append(f"line {i}: remark {rm} not printed")
        # the document's own arithmetic where every adjustment is printed
        if ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]) and ln["billed"] and ln["paid"]:
            if Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in ln["adjustments"]) != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
        if not ln["adjustments"] and ln["allowed"] is not None and ln["paid"] is not None and ln["deductible"] is not None \
                and ln["coinsurance"] is not None:
            share = sum(Decimal(ln[k]) for k in ("deductible", "copay", "coinsurance") if ln[k] is not None)
            if Decimal(ln["allowed"]) - share != Decimal(ln["paid"]) and Decimal(ln["allowed"]) != 0:
                errs.append(f"line {i}: allowed - member share != paid")
    planted = " ".join(tr["expected_findings"])
    for c in tr["claims"]:
        mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] ==
                c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if fmt.money(Decimal(v)) not in alltext:
                errs.append(f"claim {c['claim_id']}: total {k} {v} not printed")
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            if s != Decimal(v):
                ident = c["payer_claim_id"] or c["claim_id"]
                if not (ident in planted and "claim-total-mismatch" in planted):
                    errs.append(f"claim {ident}: lines add to {s} but total {k} is {v} (no finding declared)")
    return errs, len(tr["lines"]), len(pages)
