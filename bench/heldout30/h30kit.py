"""Drawing kit, truth collector and self-check for bench/heldout30 (see make_heldout30_pdfs.py)."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

FIXED = datetime(2026, 2, 2, 9, 30, 0, tzinfo=timezone.utc)
TTF = {}
for base in ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu"):
    for p in Path(base).glob("*.ttf"):
        TTF[p.stem] = str(p)

CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Helvetica-Oblique": ("helvetica", "I"),
        "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"), "Times-Italic": ("times", "I"),
        "Courier": ("courier", ""), "Courier-Bold": ("courier", "B"), "Courier-Oblique": ("courier", "I")}


def font_set(regular: str, bold: str, italic: str) -> dict:
    """Fonts by role: TTF stems (e.g. 'LiberationSans-Regular') or PDF core names."""
    out = {}
    for role, name in (("R", regular), ("B", bold), ("I", italic)):
        if name not in CORE:
            if name not in TTF:
                raise SystemExit(f"font {name} not installed")
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, TTF[name]))
        out[role] = name
    return out


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


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


class Doc:
    """Pages recorded as operations (top-left coordinates, points) and rendered at the end."""

    def __init__(self, producer: str, fonts: dict, landscape: bool = False, size=(612, 792)):
        self.producer = producer
        self.fonts = fonts
        self.W, self.H = (size[1], size[0]) if landscape else size
        self.pages: list[list] = []

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> int:
        self.pages.append([])
        return self.page_no

    def text(self, x, y, s, role="R", size=8.0, align="L", gray=0.0):
        """y is the top of the text line; baseline is y + 0.8 size."""
        font = self.fonts[role]
        w = width(s.replace("{N}", "9"), font, size)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        self.pages[-1].append(("t", x, y + size * 0.8, s, font, size, gray))
        return w

    def line(self, x1, y1, x2, y2, lw=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def render(self, path: Path) -> None:
        n = len(self.pages)
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            c.setCreator("heldout30")
            for ops in self.pages:
                for op in ops:
                    if op[0] == "t":
                        _, x, yb, s, font, size, gray = op
                        c.setFillGray(gray)
                        c.setFont(font, size)
                        c.drawString(x, self.H - yb, s.replace("{N}", str(n)))
                    elif op[0] == "l":
                        _, x1, y1, x2, y2, lw, gray = op
                        c.setStrokeGray(gray)
                        c.setLineWidth(lw)
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
            return
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.W, self.H))
        pdf.set_creation_date(FIXED)
        pdf.set_creator("heldout30")
        pdf.set_auto_page_break(False)
        pdf.set_margin(0)
        fam = {}
        for role, name in self.fonts.items():
            if name in CORE:
                fam[name] = CORE[name]
            else:
                pdf.add_font(name, "", TTF[name])
                fam[name] = (name, "")
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, yb, s, font, size, gray = op
                    pdf.set_font(fam[font][0], fam[font][1], size)
                    g = int(gray * 255)
                    pdf.set_text_color(g, g, g)
                    pdf.text(x, yb, s.replace("{N}", str(n)))
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, gray = op
                    g = int(gray * 255)
                    pdf.set_draw_color(g, g, g)
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_draw_color(0, 0, 0)
                    pdf.set_line_width(lw)
                    style = ""
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        style += "F"
                    if stroke:
                        style = "D" + style if style else "D"
                    if style == "DF" or style == "FD":
                        style = "DF"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


@dataclass
class Fmt:
    """How one layout prints each truth value (used by the check to find it in the row band)."""
    money: object
    date: object
    units: object = lambda u: u
    code: object = None  # (code, modifiers) -> list of tokens; default code + each modifier
    adj: object = None  # (group, reason, amount) -> list of tokens
    remark: object = lambda r: r
    end: object = None  # date formatter for service_end (default: date)


@dataclass
class Rec:
    name: str
    layout: str
    fmt: Fmt
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)  # (page, y0, y1) per line
    claims: list = field(default_factory=list)
    totals_bands: list = field(default_factory=list)  # (page, y0, y1, {field: printed}) per claim or None
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    arith: dict = field(default_factory=dict)  # flags: all_adj (billed-adj=paid), share (allowed-ded-copay-coins=paid)

    def add(self, row: dict, page: int, y0: float, y1: float) -> None:
        self.lines.append(row)
        self.bands.append((page, y0, y1))

    def claim(self, claim_id, payer_claim_id, patient, totals: dict | None, band=None) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": totals or eobgen.claim_totals()})
        self.totals_bands.append(band)


def row(page, s, *, claim_id, payer_claim_id, patient, printed, units=True, modifiers=True, end=None,
        adjustments=None, remarks=None, overrides=None):
    return eobgen.truth_line(page, s, claim_id=claim_id, payer_claim_id=payer_claim_id, patient=patient,
                             printed=tuple(printed), service_end=end, units=units, modifiers=modifiers,
                             adjustments=adjustments, remarks=remarks, overrides=overrides, description=False)


# ------------------------------------------------------------------------------------------- check

def _tok_re(tok: str) -> re.Pattern:
    return re.compile(r"(?<![0-9A-Za-z.,$\-])" + re.escape(tok) + r"(?![0-9A-Za-z]|[.,]\d)")


def band_text(page, y0, y1) -> str:
    words = [w for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)
             if w["top"] >= y0 - 1.5 and w["bottom"] <= y1 + 1.5]
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return " ".join(w["text"] for w in words)


def D(x):
    return None if x is None else Decimal(x)


def check(rec: Rec, pdf_path: Path, expect_pages: int) -> list[str]:
    import pdfplumber
    errs = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    f = rec.fmt
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != expect_pages or truth["pages"] != expect_pages:
            errs.append(f"page count {len(pdf.pages)} vs {expect_pages}/{truth['pages']}")
        texts = [p.extract_text() or "" for p in pdf.pages]
        alltext = "\n".join(texts)
        for i, t in enumerate(texts, 1):
            m = re.search(r"Page\s+(\d+)\s+of\s+(\d+)", t, re.I)
            if m and (int(m.group(1)) != i or int(m.group(2)) != len(texts)):
                errs.append(f"page {i}: printed {m.group(0)}")
        for k, (ln, (pg, y0, y1)) in enumerate(zip(truth["lines"], rec.bands)):
            if ln["page"] != pg:
                errs.append(f"line {k}: page {ln['page']} vs band page {pg}")
            bt = band_text(pdf.pages[pg - 1], y0, y1)
            toks = []
            if ln["code"]:
                toks += f.code(ln["code"], ln["modifiers"]) if f.code else [ln["code"], *ln["modifiers"]]
            if ln["units"] is not None:
                toks.append(f.units(ln["units"]))
            if ln["service_date"]:
                toks.append(f.date(ln["service_date"]))
            if ln["service_end"]:
                toks.append((f.end or f.date)(ln["service_end"]))
            for key in eobgen.AMOUNT_KEYS:
                if ln[key] is not None:
                    toks.append(f.money(Decimal(ln[key])))
            for g, r, a in ln["adjustments"]:
                toks += f.adj(g, r, None if a is None else Decimal(a))
            toks += [f.remark(r) for r in ln["remarks"]]
            for t in toks:
                if not _tok_re(t).search(bt):
                    errs.append(f"line {k} p{pg}: {t!r} not in band [{bt[:160]}]")
            for key in ("claim_id", "payer_claim_id", "patient"):
                if ln[key] and ln[key] not in alltext:
                    errs.append(f"line {k}: {key} {ln[key]!r} not in document text")
            # arithmetic
            b, a, p = D(ln["billed"]), D(ln["allowed"]), D(ln["paid"])
            if rec.arith.get("all_adj") and b is not None and p is not None:
                s = sum((Decimal(x[2]) for x in ln["adjustments"] if x[2] is not None), Decimal("0"))
                if b - s != p:
                    errs.append(f"line {k}: billed {b} - adj {s} != paid {p}")
            if rec.arith.get("share") and a is not None and p is not None:
                parts = sum((D(ln[x]) or 0 for x in ("deductible", "copay", "coinsurance")), Decimal("0"))
                if a - parts != p:
                    errs.append(f"line {k}: allowed {a} - share {parts} != paid {p}")
            if rec.arith.get("owes") and ln["patient_owes"] is not None:
                parts = sum((D(ln[x]) or 0 for x in ("deductible", "copay", "coinsurance", "not_covered")),
                            Decimal("0"))
                if parts != D(ln["patient_owes"]) and not rec.arith.get("owes_nc_optional"):
                    errs.append(f"line {k}: owes {ln['patient_owes']} != parts {parts}")
            if rec.arith.get("disc") and b is not None and a is not None and ln["discount"] is not None:
                if b - D(ln["discount"]) - (D(ln["not_covered"]) or 0) != a:
                    errs.append(f"line {k}: billed - discount - not covered != allowed")
            if rec.arith.get("balance") and b is not None and ln["patient_owes"] is not None and p is not None:
                if b - p - (D(ln["discount"]) or 0) < D(ln["patient_owes"]):
                    errs.append(f"line {k}: charge - paid - adj < balance")
        # claims
        keys = set()
        declared = " ".join(truth["expected_findings"])
        for c, tb in zip(truth["claims"], rec.totals_bands):
            key = (c["claim_id"], c["payer_claim_id"])
            if key in keys:
                errs.append(f"duplicate claim {key}")
            keys.add(key)
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == key]
            if not mine:
                errs.append(f"claim {key} has no lines")
            for ln in mine:
                if ln["patient"] != c["patient"]:
                    errs.append(f"claim {key}: line patient {ln['patient']} != {c['patient']}")
            for fld, v in c["totals"].items():
                if v is None:
                    continue
                s = sum((Decimal(ln[fld]) for ln in mine if ln[fld] is not None), Decimal("0"))
                if tb is None:
                    errs.append(f"claim {key}: totals without band")
                    continue
                pg, y0, y1 = tb
                bt = band_text(pdf.pages[pg - 1], y0, y1)
                if not _tok_re(f.money(Decimal(v))).search(bt):
                    errs.append(f"claim {key}: total {fld} {v} not printed in its row [{bt[:120]}]")
                if s != Decimal(v):
                    tag = f"claim {c['payer_claim_id'] or c['claim_id']}"
                    if tag not in declared or f"{Decimal(v)}" not in declared:
                        errs.append(f"claim {key}: {fld} total {v} != lines {s} (undeclared)")
        if truth["expected_findings"] and not any(
                sum((Decimal(ln[fl]) for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"]) ==
                     (c["claim_id"], c["payer_claim_id"]) and ln[fl] is not None), Decimal("0")) != Decimal(v)
                for c in truth["claims"] for fl, v in c["totals"].items() if v is not None):
            errs.append("declared mismatch does not really differ")
        for code, _ in truth["legend"]:
            if code not in alltext:
                errs.append(f"legend code {code} not printed")
    return errs
