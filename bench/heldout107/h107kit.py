"""Small drawing layer for set 107: one top-down point API over reportlab and fpdf2, plus the self-check."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

TTF = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "DVSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DVSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DVSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DVSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DVMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}


class Doc:
    """Top-down coordinates in points. producer: 'reportlab' or 'fpdf2'."""

    # fonts -------------------------------------------------------------------------------------------
    def font(self, name: str, size: float) -> None:
        self.fname, self.fsize = name, size
        if self.producer == "reportlab":
            if name not in CORE and name not in self._pm.getRegisteredFontNames():
                self._pm.registerFont(self._TTFont(name, TTF[name]))
            self.c.setFont(name, size)
        else:
            fam = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
                   "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"), "Courier": ("courier", ""),
                   "Courier-Bold": ("courier", "B")}.get(name)
            if fam is None:
                if name not in self._fp_fonts:
                    self.f.add_font(name, "", TTF[name])
                    self._fp_fonts.add(name)
                fam = (name, "")
            self.f.set_font(fam[0], fam[1], size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fname, self.fsize)
        return self.f.get_string_width(s)

    # drawing -----------------------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        if not s:
            return
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.f.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.f.set_line_width(w)
            self.f.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.f.set_line_width(w)
            self.f.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, lw: float = 0.6) -> None:
        """fill: grey level 0..1 (None = outline only)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.f.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.f.set_fill_color(g, g, g)
                self.f.rect(x, y, w, h, style="DF")
            else:
                self.f.rect(x, y, w, h)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.setFont(self.fname, self.fsize) if self.fname in CORE else None
        else:
            self.f.add_page()
        self.page += 1
        self.font(self.fname, self.fsize)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page


def _init_fpdf(self: Doc, landscape: bool, title: str) -> None:
    from datetime import UTC, datetime

    from fpdf import FPDF
    f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
    f.set_auto_page_break(False)
    f.set_creation_date(datetime(2026, 2, 2, 9, 30, 0, tzinfo=UTC))
    f.set_title(title)
    f.add_page()
    self.f = f
    self._fp_fonts = set()


def _init(self, path, producer, landscape=False, title="Statement"):
    self.path, self.producer = Path(path), producer
    self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
    self.fname, self.fsize = "Helvetica", 9.0
    if producer == "reportlab":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self._pm, self._TTFont = pdfmetrics, TTFont
        self.c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
        self.c.setTitle(title)
    else:
        _init_fpdf(self, landscape, title)
    self.page = 1
    self.font("Helvetica", 9)


Doc.__init__ = _init


# --------------------------------------------------------------------------------------------- check

def _money_forms(v: str) -> set[str]:
    d = Decimal(v)
    a = abs(d)
    bodies = {f"{a:,.2f}", f"{a:.2f}"}
    out: set[str] = set()
    for b in bodies:
        if d < 0:
            out |= {"-" + b, "-$" + b, "$-" + b, "(" + b + ")", "($" + b + ")", b + "-", "$" + b + "-"}
        else:
            out |= {b, "$" + b}
    return out


def _units_forms(u: str) -> set[str]:
    d = Decimal(u)
    return {u, f"{d:.1f}", f"{d:.2f}", f"{d:.3f}", f"x{u}", f"{u} units", f"{u} unit"}


def page_lines(pdf: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf)) as p:
        for pg in p.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[tuple[float, list]] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["top"]) < 2.5:
                        r[1].append(w)
                        break
                else:
                    rows.append((w["top"], [w]))
            pages.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages


def _tokens_in(line: str, forms: set[str]) -> bool:
    toks = line.split()
    joined = " " + line + " "
    return any(f in toks or (" " in f and f" {f} " in joined) for f in forms)


def check_file(pdf: Path, date_forms) -> list[str]:
    """date_forms(iso) -> set of printed forms. Returns a list of problems."""
    errs: list[str] = []
    t = json.loads(Path(str(pdf) + ".truth.json").read_text())
    pages = page_lines(pdf)
    if len(pages) != t["pages"]:
        errs.append(f"{pdf.name}: pages {len(pages)} != truth {t['pages']}")
    doc_text = "\n".join("\n".join(p) for p in pages)
    for i, ln in enumerate(t["lines"]):
        where = f"{pdf.name} line {i}"
        pg = pages[ln["page"] - 1]
        need = []
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None:
                need.append((k, _money_forms(ln[k])))
        if ln["units"] is not None:
            need.append(("units", _units_forms(ln["units"])))
        cands = [r for r in pg if ln["code"] and ln["code"] in r]
        ok = [r for r in cands if all(_tokens_in(r, f) for _, f in need)
              and all(m in r.split(ln["code"], 1)[1] or (" " + m + " ") in (" " + r + " ") for m in ln["modifiers"])]
        if not ok:
            errs.append(f"{where}: no text row on page {ln['page']} holds code {ln['code']} with {ln['modifiers']}"
                        f" and {[k for k, _ in need]} -- cands={cands[:3]}")
        ptext = "\n".join(pg)
        if not any(f in ptext for f in date_forms(ln["service_date"])):
            errs.append(f"{where}: service date {ln['service_date']} not printed on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in doc_text:
                errs.append(f"{where}: {k} {ln[k]!r} not in text")
        for g, c, a in ln["adjustments"]:
            if c not in ptext or (a is not None and not any(f in ptext for f in _money_forms(a))):
                errs.append(f"{where}: adjustment {g} {c} {a} not on page")
        for r in ln["remarks"]:
            if not re.search(r"(?<![A-Za-z0-9])" + re.escape(r) + r"(?![A-Za-z0-9])", ptext):
                errs.append(f"{where}: remark {r} not on page")
        if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and ln["billed"] and ln["paid"]:
            s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(f"{where}: billed - adjustments {s} != paid {ln['paid']}")
    for c in t["claims"]:
        lines = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                 and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not lines:
            errs.append(f"{pdf.name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(Decimal(ln[k]) for ln in lines if ln[k] is not None)
            if s != Decimal(v):
                errs.append(f"{pdf.name}: claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} != lines {s}")
            if not any(f in doc_text for f in _money_forms(v)):
                errs.append(f"{pdf.name}: claim total {k} {v} not printed")
    for code, _text in t["legend"]:
        if code not in doc_text:
            errs.append(f"{pdf.name}: legend code {code} not printed")
    return errs
