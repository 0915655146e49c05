"""Small drawing and self-check kit for bench/heldout154 (see make_heldout154_pdfs.py)."""
from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber

FONTS = {
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "libserif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
    "libnarrow": ("/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
                  "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
    "libmono": ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"),
}
CORE_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
FPDF_CORE = {"Helvetica": "helvetica", "Times-Roman": "times", "Courier": "courier"}


class Canvas:
    """Records text/rule/box operations per page (top-left origin, points) and renders with one producer."""

    def __init__(self, producer: str, font: str = "Helvetica", landscape: bool = False):
        self.producer, self.font = producer, font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []
        self.page()

    @property
    def pageno(self) -> int:
        return len(self.pages)

    def page(self) -> None:
        self.pages.append([])

    def t(self, x, y, s, size=9.0, bold=False, align="l"):
        self.pages[-1].append(("t", x, y, str(s), size, bold, align))

    def hl(self, x1, x2, y, w=0.5):
        self.pages[-1].append(("l", x1, y, x2, y, w))

    def vl(self, x, y1, y2, w=0.5):
        self.pages[-1].append(("l", x, y1, x, y2, w))

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def width(self, s, size, bold=False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self._rl_font(bold), size)

    def _rl_font(self, bold):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        if self.font in FONTS:
            name = f"{self.font}{'-B' if bold else ''}"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, FONTS[self.font][1 if bold else 0]))
            return name
        return CORE_BOLD[self.font] if bold else self.font

    def save(self, path: Path) -> None:
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas as rlc
            c = rlc.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            c.setTitle(path.stem)
            for ops in self.pages:
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, size, bold, align = op
                        c.setFont(self._rl_font(bold), size)
                        fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
                        fn(x, self.H - y, s)
                    elif op[0] == "l":
                        _, x1, y1, x2, y2, w = op
                        c.setLineWidth(w)
                        c.line(x1, self.H - y1, x2, self.H - y2)
                    else:
                        _, x, y, w, h, lw, fill = op
                        c.setLineWidth(lw)
                        if fill is not None:
                            c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
                        c.setFillGray(0)
                c.showPage()
            c.save()
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            pdf = FPDF(orientation="L" if self.W > self.H else "P", unit="pt", format="letter")
            pdf.set_creation_date(FIXED_WHEN)
            pdf.set_auto_page_break(False)
            pdf.set_title(path.stem)
            if self.font in FONTS:
                pdf.add_font("F", "", FONTS[self.font][0])
                pdf.add_font("F", "B", FONTS[self.font][1])
                fam = "F"
            else:
                fam = FPDF_CORE[self.font]
            for ops in self.pages:
                pdf.add_page()
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, size, bold, align = op
                        pdf.set_font(fam, "B" if bold else "", size)
                        w = pdf.get_string_width(s)
                        xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                        pdf.text(xx, y, s)
                    elif op[0] == "l":
                        _, x1, y1, x2, y2, w = op
                        pdf.set_line_width(w)
                        pdf.line(x1, y1, x2, y2)
                    else:
                        _, x, y, w, h, lw, fill = op
                        pdf.set_line_width(lw)
                        if fill is not None:
                            g = int(fill * 255)
                            pdf.set_fill_color(g, g, g)
                            pdf.rect(x, y, w, h, style="DF")
                        else:
                            pdf.rect(x, y, w, h)
            pdf.output(str(path))


# ------------------------------------------------------------------------------------------- check

def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list] = []
    for w in words:
        for r in rows:
            if abs(r[0] - w["bottom"]) <= 2.5:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _norm(s: str) -> str:
    return s.replace("$", "").replace(",", "")


DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%m-%d-%y", "%b %d, %Y", "%B %d, %Y", "%m%d%y", "%Y-%m-%d",
                "%d-%b-%Y", "%b %-d, %Y", "%B %-d, %Y", "%-m/%-d/%Y", "%-m/%-d/%y", "%m/%d", "%d %b %Y")


def _date_on(text: str, iso: str) -> bool:
    d = date.fromisoformat(iso)
    return any(d.strftime(f) in text or d.strftime(f).upper() in text for f in DATE_FORMATS)


def check_folder(out: Path, files: list[str]) -> list[str]:
    errs: list[str] = []
    for name in files:
        pdf_path = out / name
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != truth["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {truth['pages']}")
            rows = [_rows(p) for p in pdf.pages]
        pagetext = ["\n".join(r) for r in rows]
        doc = re.sub(r"\s+", " ", "\n".join(pagetext))
        for i, ln in enumerate(truth["lines"]):
            tag = f"{name} line {i}"
            p = ln["page"] - 1
            if p >= len(rows):
                errs.append(f"{tag}: page {ln['page']} missing")
                continue
            amounts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                        "coinsurance", "not_covered", "discount") if ln[k] is not None]

            def fits(row: str, ln=ln, amounts=amounts) -> bool:
                nr = _norm(row)
                if ln["code"] and ln["code"] not in row:
                    return False
                for m in ln["modifiers"]:
                    if m not in row:
                        return False
                if ln["units"] is not None and not re.search(
                        r"(?<![\d.])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d.])", row):
                    return False
                for a in amounts:
                    v = Decimal(a)
                    body = f"{abs(v):.2f}"
                    if not re.search(r"(?<![\d.])" + re.escape(body) + r"(?!\d)", nr):
                        return False
                    if v < 0 and not any(s in nr for s in ("-" + body, "(" + body + ")", body + "-")):
                        return False
                return True

            cands = [r for r in rows[p] if fits(r)]
            if not cands:
                errs.append(f"{tag}: no text row on page {ln['page']} holds {ln['code']} {ln['modifiers']} "
                            f"{ln['units']} {amounts}")
            if not _date_on(pagetext[p], ln["service_date"]):
                errs.append(f"{tag}: date {ln['service_date']} not on page")
            if ln["service_end"] and not _date_on(pagetext[p], ln["service_end"]):
                errs.append(f"{tag}: end date not on page")
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}\s*-?\s*{c}\b", pagetext[p]):
                    errs.append(f"{tag}: adjustment {g}{c} not on page")
                if a is not None and f"{abs(Decimal(a)):.2f}" not in _norm(pagetext[p]):
                    errs.append(f"{tag}: adjustment amount {a} not on page")
            for rm in ln["remarks"]:
                if not re.search(rf"(?<![A-Z0-9]){re.escape(rm)}(?![0-9])", pagetext[p]):
                    errs.append(f"{tag}: remark {rm} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document")
            if ln["description"] and ln["description"].split()[0] not in pagetext[p]:
                errs.append(f"{tag}: description not on page")
            # the document's own arithmetic
            if ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None and \
                    all(a is not None for _, _, a in ln["adjustments"]):
                s = sum(Decimal(a) for _, _, a in ln["adjustments"])
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments != paid")
            if ln["allowed"] is not None and ln["paid"] is not None and ln["billed"] is not None:
                b, al, pd = (Decimal(ln[k]) for k in ("billed", "allowed", "paid"))
                if b >= 0 and not (pd <= al <= b):
                    errs.append(f"{tag}: paid <= allowed <= billed fails")
        planted = " ".join(truth["expected_findings"])
        for c in truth["claims"]:
            mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                    (c["claim_id"], c["payer_claim_id"], c["patient"])]
            if not mine:
                errs.append(f"{name}: claim {c['claim_id']} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
                if f"{abs(Decimal(v)):.2f}" not in _norm(doc):
                    errs.append(f"{name}: claim total {k} {v} not printed")
                ident = c["payer_claim_id"] or c["claim_id"]
                if s != Decimal(v) and not (ident in planted and f"{Decimal(v):.2f}" in planted):
                    errs.append(f"{name}: claim {ident} {k} total {v} != lines {s}")
                if s == Decimal(v) and ident in planted and f"{Decimal(v):.2f}" in planted and k in planted:
                    pass
        for f in truth["expected_findings"]:
            if "mismatch" in f and not re.search(r"\d+\.\d\d", f):
                errs.append(f"{name}: planted finding without amounts")
    return errs
