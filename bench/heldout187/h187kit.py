"""Helper kit for bench/heldout187: a tiny page-drawing model rendered by two PDF producers (reportlab, fpdf2),
a paginating row flow, and the factory self-check. See make_heldout187_pdfs.py for the contract."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavuserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavumono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
CORE_RL = {"helvetica": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}
CORE_FP = {"helvetica": "helvetica", "times": "times", "courier": "courier"}


class Doc:
    """Pages of drawing operations; y is measured from the top of the page, in points."""

    def __init__(self, w: float, h: float, font: str):
        self.w, self.h, self.font = w, h, font
        self.pages: list[list[tuple]] = []

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def t(self, x, y, s, size=8.0, bold=False, align="l"):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align))

    def ln(self, x1, y1, x2, y2, wd=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, wd))

    def box(self, x, y, w, h, wd=0.5, fill=None):
        self.pages[-1].append(("r", x, y, w, h, wd, fill))

    # ------------------------------------------------------------------ render
    def render_rl(self, path: Path, title: str) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        if self.font in CORE_RL:
            reg, bld = CORE_RL[self.font]
        else:
            reg, bld = f"{self.font}-R", f"{self.font}-B"
            for name, fn in ((reg, TTF[self.font][0]), (bld, TTF[self.font][1])):
                pdfmetrics.registerFont(TTFont(name, str(FONTDIR / fn)))
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1, pageCompression=0)
        c.setTitle(title)
        c.setAuthor("heldout187")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align = op
                    s = s.replace("{NPAGES}", str(len(self.pages)))
                    c.setFont(bld if bold else reg, size)
                    c.setFillGray(0)
                    yy = self.h - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    c.setLineWidth(wd)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, wd, fill = op
                    c.setLineWidth(wd)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if wd else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def render_fp(self, path: Path, title: str) -> None:
        from datetime import UTC, datetime

        from fpdf import FPDF

        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_title(title)
        pdf.set_author("heldout187")
        if self.font in CORE_FP:
            fam = CORE_FP[self.font]
        else:
            fam = self.font
            pdf.add_font(fam, "", str(FONTDIR / TTF[self.font][0]))
            pdf.add_font(fam, "B", str(FONTDIR / TTF[self.font][1]))
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align = op
                    s = s.replace("{NPAGES}", str(len(self.pages)))
                    pdf.set_font(fam, "B" if bold else "", size)
                    sw = pdf.get_string_width(s)
                    xx = x - sw if align == "r" else (x - sw / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    pdf.set_line_width(wd)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, wd, fill = op
                    pdf.set_line_width(wd or 0.1)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF" if wd else "F")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


class Flow:
    """Rows down the page; on overflow a new page is started, furniture() drawn, then header() (if any)."""

    def __init__(self, doc: Doc, top: float, bottom: float, furniture, header=None):
        self.doc, self.top, self.bottom, self.furniture, self.header = doc, top, bottom, furniture, header
        self.y = top
        self.cont_hook = None  # called after a page break (e.g. to print "claim continued")

    def start(self):
        self.doc.new_page()
        self.furniture(self.doc, self.doc.pno)
        self.y = self.top
        if self.header:
            self.y = self.header(self.doc, self.y)

    def need(self, h: float) -> float:
        if self.y + h > self.bottom:
            self.start()
            if self.cont_hook:
                self.y = self.cont_hook(self.doc, self.y)
        y = self.y
        self.y += h
        return y


# ------------------------------------------------------------------------------------------- self-check

def _money_re(v: str) -> str:
    d = abs(Decimal(v))
    a, b = f"{d:,.2f}", f"{d:.2f}"
    alts = {re.escape(a), re.escape(b)}
    return r"(?<![\d.,])\$?(?:" + "|".join(sorted(alts)) + r")(?![\d])"


def _date_alts(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m%d%y"),
            d.strftime("%m%d%Y"), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d:%b} {d.day}, {d.year}",
            f"{d:%B} {d.day}, {d.year}", d.strftime("%d-%b-%Y").upper(), d.strftime("%d%b%y").upper(),
            d.isoformat(), f"{d:%b} {d.day}"]


def _units_re(u: str) -> str:
    return r"(?<![\d.,$])" + re.escape(u) + r"(?:\.0+)?(?![\d.,]*\d)"


def check_folder(out: Path, specs: dict) -> list[str]:
    import json

    import pdfplumber

    errs: list[str] = []
    for name in specs:
        pdf = out / f"{name}.pdf"
        tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as p:
            pages = [pg.extract_text(x_tolerance=1.5, y_tolerance=3) or "" for pg in p.pages]
            npages = len(p.pages)
        if npages != tr["pages"]:
            errs.append(f"{name}: pages {npages} != truth {tr['pages']}")
        alltext = "\n".join(pages)
        flat = re.sub(r"\s+", " ", alltext)
        for i, ln in enumerate(tr["lines"]):
            tag = f"{name} line {i} ({ln['code']} {ln['service_date']})"
            ptxt = pages[ln["page"] - 1]
            rows = ptxt.split("\n")
            amts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                    "coinsurance", "not_covered", "discount") if ln.get(k) is not None]

            def row_ok(r: str) -> bool:
                if ln["code"] and not re.search(r"(?<![A-Z0-9])" + ln["code"], r):
                    return False
                if ln["units"] is not None and not re.search(_units_re(ln["units"]), r):
                    return False
                for m in ln["modifiers"]:
                    if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", r.replace(ln["code"] or "~", " ")):
                        return False
                return all(re.search(_money_re(a), r) for a in amts)

            if not any(row_ok(r) for r in rows):
                errs.append(f"{tag}: no single row on page {ln['page']} holds code/mods/units/amounts {amts}")
            if not any(a in ptxt for a in _date_alts(ln["service_date"])):
                errs.append(f"{tag}: service date not on page")
            for g, c, a in ln["adjustments"]:
                if not re.search(re.escape(g) + r"\s?-?\s?" + re.escape(c) + r"(?!\d)", ptxt):
                    errs.append(f"{tag}: adjustment {g}-{c} not on page")
                if a is not None and not re.search(_money_re(a), ptxt):
                    errs.append(f"{tag}: adjustment amount {a} not on page")
            for rm in ln["remarks"]:
                if not re.search(r"(?<![A-Z0-9])" + re.escape(rm) + r"(?![A-Z0-9])", ptxt):
                    errs.append(f"{tag}: remark {rm} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in flat:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document text")
            # arithmetic
            D = lambda k: Decimal(ln[k]) if ln.get(k) is not None else None  # noqa: E731
            if ln["adjustments"] and all(a is not None for *_, a in ln["adjustments"]) and ln["billed"] and \
                    ln["paid"] is not None:
                if D("billed") - sum(Decimal(a) for *_, a in ln["adjustments"]) != D("paid"):
                    errs.append(f"{tag}: billed - adjustments != paid")
            if None not in (D("billed"), D("allowed"), D("discount")):
                if D("billed") - D("discount") - (D("not_covered") or 0) != D("allowed"):
                    errs.append(f"{tag}: billed - discount - not covered != allowed")
            if None not in (D("allowed"), D("paid")) and any(D(k) is not None for k in
                                                             ("deductible", "copay", "coinsurance")):
                seq = sum(Decimal(a) for g, c, a in ln["adjustments"] if c == "253" and a is not None)
                if D("allowed") - sum(D(k) or 0 for k in ("deductible", "copay", "coinsurance")) - seq != D("paid"):
                    errs.append(f"{tag}: allowed - patient share != paid")
        for c in tr["claims"]:
            mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and
                    ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            if not mine:
                errs.append(f"{name}: claim {c} has no lines")
            for k, v in (c.get("totals") or {}).items():
                if v is None:
                    continue
                s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
                if s != Decimal(v):
                    errs.append(f"{name}: claim {c['claim_id']}/{c['payer_claim_id']} {k} total {v} != lines {s}")
                if not re.search(_money_re(v), alltext):
                    errs.append(f"{name}: claim total {k} {v} not printed")
        if not tr["lines"]:
            errs.append(f"{name}: no lines")
    return errs
