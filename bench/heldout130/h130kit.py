"""Small drawing kit for make_heldout130_pdfs.py: one page model rendered by reportlab or fpdf2, a flowing
writer with page breaks, and the factory self-check (text layer, row alignment, arithmetic)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

FONTS = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Courier": "courier", "Times": "times"}


class Doc:
    """Pages of drawing operations in top-down points; rendered at the end so 'Page i of N' is known."""

    def __init__(self, producer: str, font: str, landscape: bool = False):
        self.producer, self.font = producer, font
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []
        self._rl_width = None

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def page(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, size=8.0, bold=False, align="l"):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align))

    def hline(self, x1, x2, y, width=0.5):
        self.pages[-1].append(("l", x1, y, x2, y, width))

    def vline(self, x, y1, y2, width=0.5):
        self.pages[-1].append(("l", x, y1, x, y2, width))

    def rect(self, x, y, w, h, width=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, width, fill))

    def width(self, s, size, bold=False) -> float:
        from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
        from reportlab.pdfbase.ttfonts import TTFont
        name = self._rl_name(bold, registerFont, TTFont)
        return stringWidth(s, name, size)

    def _rl_name(self, bold, registerFont, TTFont):
        if self.font in CORE_RL:
            return CORE_RL[self.font][1 if bold else 0]
        name = self.font + ("-B" if bold else "")
        from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames
        if name not in getRegisteredFontNames():
            registerFont(TTFont(name, FONTS + TTF[self.font][1 if bold else 0]))
        return name

    def save(self, path: Path) -> None:
        total = len(self.pages)
        pages = [[(op[0], op[1], op[2], op[3].replace("{PAGES}", str(total)), *op[4:]) if op[0] == "t" else op
                  for op in ops] for ops in self.pages]
        (self._save_rl if self.producer == "reportlab" else self._save_fp)(path, pages)

    def _save_rl(self, path, pages):
        from reportlab.pdfbase.pdfmetrics import registerFont
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(str(path), pagesize=(self.w, self.h), invariant=1, pageCompression=0)
        c.setAuthor("synthetic")
        c.setTitle(path.stem)
        for ops in pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align = op
                    c.setFont(self._rl_name(bold, registerFont, TTFont), size)
                    yy = self.h - y
                    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    c.setLineWidth(wd)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, wd, fill = op
                    c.setLineWidth(wd)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _save_fp(self, path, pages):
        from datetime import UTC, datetime

        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_auto_page_break(False)
        pdf.set_title(path.stem)
        if self.font in CORE_FP:
            fam = CORE_FP[self.font]
        else:
            fam = self.font
            pdf.add_font(fam, "", FONTS + TTF[self.font][0])
            pdf.add_font(fam, "B", FONTS + TTF[self.font][1])
        for ops in pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align = op
                    pdf.set_font(fam, "B" if bold else "", size)
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else x - w / 2 if align == "c" else x
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, wd = op
                    pdf.set_line_width(wd)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, wd, fill = op
                    pdf.set_line_width(wd)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


class Flow:
    """A top-down cursor over a Doc with page breaks; on_page draws page furniture and returns the start y."""

    def __init__(self, doc: Doc, on_page, bottom: float):
        self.doc, self.on_page, self.bottom = doc, on_page, bottom
        self.repeat = None  # callable(y) -> y: re-drawn after a break (column header, "continued" line)
        self.y = 0.0
        self.break_page()

    def break_page(self):
        self.doc.new_page()
        self.y = self.on_page(self.doc, self.doc.page)

    def need(self, h: float, repeat: bool = True):
        if self.y + h > self.bottom:
            self.break_page()
            if repeat and self.repeat:
                self.y = self.repeat(self.y)

    def row(self, cols, cells, size=7.5, bold=False, lead=None):
        """cols: list of (x, align); cells: strings (None to skip)."""
        lead = lead or size * 1.45
        self.need(lead)
        self.y += lead
        for (x, al), s in zip(cols, cells):
            if s not in (None, ""):
                self.doc.text(x, self.y, s, size, bold, al)
        return self.doc.page

    def text(self, x, s, size=8.0, bold=False, lead=None, align="l"):
        lead = lead or size * 1.45
        self.need(lead)
        self.y += lead
        self.doc.text(x, self.y, s, size, bold, align)

    def gap(self, h):
        self.y += h


# ------------------------------------------------------------------------------------------------ check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")


def nums(line: str) -> list[Decimal]:
    out = []
    for t in NUM.findall(line):
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
        v = Decimal(t.strip("()-$").replace("$", "").replace(",", ""))
        out.append(-v if neg else v)
    return out


def date_forms(d: date) -> list[str]:
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d.month}/{d.day}/{d:%y}"]


def page_lines(pdf: Path) -> list[list[str]]:
    import pdfplumber
    with pdfplumber.open(str(pdf)) as p:
        return [(pg.extract_text() or "").splitlines() for pg in p.pages]


def check_file(pdf: Path, truth: dict, row_keys: list[str], arith_adjs: bool) -> list[str]:
    """row_keys[i]: a string the factory printed on line i's row (its anchor). Returns problems."""
    errs: list[str] = []
    pages = page_lines(pdf)
    if len(pages) != truth["pages"]:
        errs.append(f"page count {len(pages)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    seen: dict = {}
    for i, (ln, key) in enumerate(zip(truth["lines"], row_keys)):
        lines = pages[ln["page"] - 1]
        hits = [j for j, t in enumerate(lines) if key in t]
        nth = seen.get((ln["page"], key), 0)
        seen[(ln["page"], key)] = nth + 1
        want = sum(1 for l2, k2 in zip(truth["lines"], row_keys) if k2 == key and l2["page"] == ln["page"])
        if len(hits) != want:
            errs.append(f"line {i}: anchor {key!r} found {len(hits)} times on page {ln['page']}, want {want}")
            continue
        j = hits[nth]
        row = lines[j]
        below = " ".join(lines[j:j + 4])
        above = " ".join(lines[max(0, j - 14):j + 1])
        vals = nums(row)
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None and Decimal(ln[k]) not in vals:
                errs.append(f"line {i}: {k} {ln[k]} not on row {row!r}")
        if ln["code"] and ln["code"] not in row:
            errs.append(f"line {i}: code {ln['code']} not on row")
        for m in ln["modifiers"]:
            if m not in row.replace(ln["code"] or "@@", " "):
                errs.append(f"line {i}: modifier {m} not on row")
        if ln["units"] is not None:
            toks = re.split(r"[\s,()]+", row)
            if ln["units"] not in toks and ln["units"] + ".00" not in toks and ln["units"] + ".0" not in toks:
                errs.append(f"line {i}: units {ln['units']} not on row {row!r}")
        d = date.fromisoformat(ln["service_date"])
        if not any(f in row for f in date_forms(d)) and not any(f in above for f in date_forms(d)):
            errs.append(f"line {i}: date {d} not on row or claim heading")
        for g, c, a in ln["adjustments"]:
            if c not in below:
                errs.append(f"line {i}: adjustment reason {g}-{c} not near row")
            if a is not None and Decimal(a) not in nums(below):
                errs.append(f"line {i}: adjustment amount {a} not near row")
        for r in ln["remarks"]:
            if r not in below:
                errs.append(f"line {i}: remark {r} not near row")
        for f in ("claim_id", "payer_claim_id", "patient"):
            if ln[f] and ln[f] not in alltext:
                errs.append(f"line {i}: {f} {ln[f]!r} not in document")
        if arith_adjs and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            planted = any(str(c["payer_claim_id"] or c["claim_id"]) in f and f" total {v} " in f
                          for f in truth["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {c['payer_claim_id'] or c['claim_id']}: {k} total {v} vs lines {s}"
                            f" (planted={planted})")
            if Decimal(v) not in nums(alltext):
                errs.append(f"claim total {k} {v} not printed")
    return errs
