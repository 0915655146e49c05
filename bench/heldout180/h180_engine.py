"""Drawing engine for set 180: one small API over reportlab and fpdf2, deferred so 'Page N of M' is known,
plus the truth recorder and the self-check.  Every name and number in this set is invented."""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen as G  # noqa: E402

TTF = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans",
    "dejavucond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed",
    "dejavumono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono",
    "dejavuserif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif",
    "libsans": "/usr/share/fonts/truetype/liberation/LiberationSans-",
    "libnarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-",
    "libserif": "/usr/share/fonts/truetype/liberation/LiberationSerif-",
    "libmono": "/usr/share/fonts/truetype/liberation/LiberationMono-",
}
CORE_RL = {"helv": ("Helvetica", "Helvetica-Bold"), "courier": ("Courier", "Courier-Bold"),
           "times": ("Times-Roman", "Times-Bold")}
CORE_FP = {"helv": "helvetica", "courier": "courier", "times": "times"}


def _ttf_paths(fam):
    base = TTF[fam]
    if base.endswith("-"):
        return base + "Regular.ttf", base + "Bold.ttf"
    return base + ".ttf", base + "-Bold.ttf"


class Doc:
    """Deferred page ops. Coordinates: points, origin top-left, y = text baseline."""

    def __init__(self, producer: str, font: str, landscape: bool = False, margin_bottom: float = 54):
        self.producer, self.font, self.landscape = producer, font, landscape
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list] = []
        self.bottom = self.H - margin_bottom
        self.y = 0.0
        self.on_break = None  # callable(doc) drawing continuation header, sets y
        self.footer = None  # callable(doc, pageno, total) -> ops drawn at render
        self._measure = None
        self.new_page()

    # ------------------------------------------------------------------ ops
    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self):
        self.pages.append([])
        self.y = 0.0

    def text(self, x, y, s, size=8.0, bold=False, align="l", font=None):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align, font or self.font))

    def hline(self, x1, x2, y, w=0.5):
        self.pages[-1].append(("l", x1, y, x2, y, w))

    def vline(self, x, y1, y2, w=0.5):
        self.pages[-1].append(("l", x, y1, x, y2, w))

    def rect(self, x, y, w, h, fill=None, lw=0.6):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))

    def need(self, h):
        if self.y + h > self.bottom:
            self.new_page()
            if self.on_break:
                self.on_break(self)

    def strw(self, s, size, bold=False):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, "Helvetica-Bold" if bold else "Helvetica", size) * 1.05

    def wrap(self, s, width, size):
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.strw(t, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    # ------------------------------------------------------------------ render
    def save(self, path: Path):
        total = len(self.pages)
        if self.footer:
            for i, ops in enumerate(self.pages):
                self.pages[i] = ops
                cur = self.pages
                self.pages = [ops]
                self.footer(self, i + 1, total)
                self.pages = cur
        (self._rl if self.producer == "reportlab" else self._fp)(path)

    def _rl(self, path):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Statement")
        names = {}
        fonts = {op[7] for ops in self.pages for op in ops if op[0] == "t"}
        for f in fonts:
            if f in CORE_RL:
                names[f] = CORE_RL[f]
            else:
                r, b = _ttf_paths(f)
                pdfmetrics.registerFont(TTFont(f + "-R", r))
                pdfmetrics.registerFont(TTFont(f + "-B", b))
                names[f] = (f + "-R", f + "-B")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align, f = op
                    c.setFont(names[f][1 if bold else 0], size)
                    yy = self.H - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    c.setLineWidth(op[5])
                    c.line(op[1], self.H - op[2], op[3], self.H - op[4])
                else:
                    _, x, y, w, h, fill, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, fill=1, stroke=0)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, fill=0, stroke=1)
            c.showPage()
        c.save()

    def _fp(self, path):
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_auto_page_break(False)
        pdf.set_title("Statement")
        fams = {}
        fonts = {op[7] for ops in self.pages for op in ops if op[0] == "t"}
        for f in fonts:
            if f in CORE_FP:
                fams[f] = CORE_FP[f]
            else:
                r, b = _ttf_paths(f)
                pdf.add_font(f, "", r)
                pdf.add_font(f, "B", b)
                fams[f] = f
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align, f = op
                    pdf.set_font(fams[f], "B" if bold else "", size)
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    pdf.set_line_width(op[5])
                    pdf.line(op[1], op[2], op[3], op[4])
                else:
                    _, x, y, w, h, fill, lw = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="F")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------ truth + check

@dataclass
class Rec:
    """Collects truth rows and, beside them, what the self-check must find on the row."""
    lines: list = field(default_factory=list)
    meta: list = field(default_factory=list)
    claims: list = field(default_factory=list)

    def line(self, doc: Doc, s, *, claim_id, payer_claim_id, patient, printed, row_toks, page_toks=(),
             units=True, modifiers=True, all_adj=False, adjustments=None, remarks=None, description=False,
             service_end=None, page=None):
        t = G.truth_line(page or doc.page, s, claim_id=claim_id, payer_claim_id=payer_claim_id, patient=patient,
                         printed=printed, units=units, modifiers=modifiers, adjustments=adjustments,
                         remarks=remarks, description=description, service_end=service_end)
        for k in G.AMOUNT_KEYS:
            if t[k] == "-0.00":
                t[k] = "0.00"
        t["adjustments"] = [[g, c, "0.00" if a == "-0.00" else a] for g, c, a in t["adjustments"]]
        self.lines.append(t)
        self.meta.append({"row": [x for x in row_toks if x], "page": [x for x in page_toks if x],
                          "all_adj": all_adj})
        return t

    def claim(self, claim_id, payer_claim_id, patient, **tot):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": G.claim_totals(**tot)})


def _page_lines(pdf_path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            txt = p.extract_text(x_tolerance=1.5, y_tolerance=2.5) or ""
            out.append([re.sub(r"\s+", " ", ln) for ln in txt.splitlines()])
    return out


def check_file(pdf_path: Path, meta: list, totals_toks: dict) -> list[str]:
    errs = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = _page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        errs.append(f"page count {len(pages)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    D = Decimal
    for ln, m in zip(truth["lines"], meta):
        pg = pages[ln["page"] - 1]
        ptext = "\n".join(pg)
        toks = [re.sub(r"\s+", " ", t) for t in m["row"]]
        if not any(all(t in row for t in toks) for row in pg):
            errs.append(f"row tokens {toks} not on one text line of page {ln['page']}")
        for t in m["page"]:
            if t not in ptext:
                errs.append(f"page token {t!r} not on page {ln['page']}")
        # every truth value must be represented among the row/page tokens
        joined = " ".join(toks + m["page"])
        if ln["code"] and ln["code"] not in joined:
            errs.append(f"code {ln['code']} not checked")
        for mod in ln["modifiers"]:
            if mod not in joined:
                errs.append(f"modifier {mod} not checked")
        for k in G.AMOUNT_KEYS:
            v = ln[k]
            if v is not None:
                a = f"{abs(D(v)):,.2f}"
                if a not in joined and a.replace(",", "") not in joined:
                    errs.append(f"{k} {v} not among checked tokens {toks}")
        for g, c, a in ln["adjustments"]:
            if c not in joined or (a is not None and f"{abs(D(a)):,.2f}" not in joined
                                   and f"{abs(D(a)):.2f}" not in joined):
                errs.append(f"adjustment {g}-{c} {a} not checked")
        for r in ln["remarks"]:
            if r not in joined:
                errs.append(f"remark {r} not checked")
        near = "\n".join("\n".join(pages[i]) for i in range(max(0, ln["page"] - 2), min(len(pages), ln["page"] + 1)))
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in near:
                errs.append(f"{k} {ln[k]!r} not on page {ln['page']} or its neighbours")
        if m["all_adj"]:
            s = sum((D(a) for _, _, a in ln["adjustments"]), D("0"))
            if D(ln["billed"]) - s != D(ln["paid"]):
                errs.append(f"billed - adjustments != paid on {ln['code']} {ln['service_date']}")
    findings = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum((D(ln[k]) for ln in mine if ln[k] is not None), D("0"))
            key = c["payer_claim_id"] or c["claim_id"]
            planted = f"claim-total-mismatch claim {key}" in findings and k in totals_toks.get(("planted", key), ())
            if (s != D(v)) != bool(planted):
                errs.append(f"claim {key} total {k} {v} vs lines {s} (planted={planted})")
            tok = f"{abs(D(v)):,.2f}"
            if tok not in alltext and tok.replace(",", "") not in alltext:
                errs.append(f"claim total {k} {v} not printed")
    for k in ("claim_id", "payer_claim_id", "patient"):
        for c in truth["claims"]:
            if c[k] and c[k] not in alltext:
                errs.append(f"{k} {c[k]} not in document")
    return errs
