"""Helper for make_heldout66_pdfs.py: a tiny drawing layer over reportlab and fpdf2 (top-left origin, points),
and the factory self-check (text layer of the written PDFs against their truth files)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

FONTDIR = Path("/usr/share/fonts/truetype")
TTFS = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerifCond": "dejavu/DejaVuSerifCondensed.ttf", "DejaVuSerifCond-Bold": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuMono": "dejavu/DejaVuSansMono.ttf", "DejaVuMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


class RL:
    """reportlab canvas, y measured from the top of the page."""
    producer = "reportlab"

    def __init__(self, path, landscape=False):
        from reportlab.lib.pagesizes import letter
        from reportlab.lib.pagesizes import landscape as ls
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        self.pm = pdfmetrics
        self.W, self.H = ls(letter) if landscape else letter
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.c.setTitle("Statement")
        for name, rel in TTFS.items():
            try:
                pdfmetrics.getFont(name)
            except KeyError:
                pdfmetrics.registerFont(TTFont(name, str(FONTDIR / rel)))
        self.page = 1

    def width(self, s, font, size):
        return self.pm.stringWidth(s, font, size)

    def text(self, x, y, s, font="Helvetica", size=8, align="l", gray=0):
        self.c.setFillGray(gray)
        self.c.setFont(font, size)
        if align == "r":
            self.c.drawRightString(x, self.H - y, s)
        elif align == "c":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)
        self.c.setFillGray(0)

    def line(self, x1, y1, x2, y2, w=0.5, gray=0):
        self.c.setStrokeGray(gray)
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y1, x2, self.H - y2)
        self.c.setStrokeGray(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
        self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        self.c.setFillGray(0)

    def newpage(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.save()


class FP:
    """fpdf2 document, y measured from the top of the page (baseline for text)."""
    producer = "fpdf2"

    def __init__(self, path, landscape=False):
        from fpdf import FPDF
        self.path = path
        self.pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
        from eobgen import FIXED_WHEN
        self.pdf.set_creation_date(FIXED_WHEN)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_title("Statement")
        for name, rel in TTFS.items():
            self.pdf.add_font(name, "", str(FONTDIR / rel))
        self.pdf.add_page()
        self.W, self.H = self.pdf.w, self.pdf.h
        self.page = 1

    def _font(self, font, size):
        core = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
                "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}
        if font in core:
            self.pdf.set_font(core[font][0], core[font][1], size)
        else:
            self.pdf.set_font(font, "", size)

    def width(self, s, font, size):
        self._font(font, size)
        return self.pdf.get_string_width(s)

    def text(self, x, y, s, font="Helvetica", size=8, align="l", gray=0):
        self._font(font, size)
        w = self.pdf.get_string_width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.pdf.set_text_color(int(gray * 255))
        self.pdf.text(x, y, s)
        self.pdf.set_text_color(0)

    def line(self, x1, y1, x2, y2, w=0.5, gray=0):
        self.pdf.set_line_width(w)
        self.pdf.set_draw_color(int(gray * 255))
        self.pdf.line(x1, y1, x2, y2)
        self.pdf.set_draw_color(0)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pdf.set_line_width(lw)
        style = ""
        if stroke:
            style += "D"
        if fill is not None:
            self.pdf.set_fill_color(int(fill * 255))
            style += "F"
        self.pdf.rect(x, y, w, h, style=style or "D")

    def newpage(self):
        self.pdf.add_page()
        self.page += 1

    def save(self):
        self.pdf.output(str(self.path))


def wrap(d, s, font, size, width):
    """Greedy word wrap by measured width."""
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if d.width(t, font, size) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------------ self-check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")
INT = re.compile(r"(?<![\w.,$])\d+(?:\.\d+)?(?![\w$])")


def parse_money(tok: str) -> Decimal:
    neg = tok.startswith("(") or tok.startswith("-") or tok.endswith("-")
    v = Decimal(tok.strip("()-$").replace("$", "").replace(",", "").lstrip("-"))
    return -v if neg else v


def page_lines(pdf_path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(x_tolerance=1.5, y_tolerance=2)
            words.sort(key=lambda w: (round(w["top"]), w["x0"]))
            lines: list[list] = []
            for w in words:
                for ln in lines:
                    if abs(ln[0]["top"] - w["top"]) < 2.5:
                        ln.append(w)
                        break
                else:
                    lines.append([w])
            pages.append([" ".join(x["text"] for x in sorted(ln, key=lambda w: w["x0"])) for ln in lines])
    return pages


def date_forms(iso):
    from datetime import date as D
    from eobgen import dfmt
    d = D.fromisoformat(iso)
    forms = {dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")}
    forms |= {d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d.month}/{d.day}/{d:%y}", d.strftime("%d %b %Y"),
              d.strftime("%b %d, %Y"), d.strftime("%Y%m%d")}
    return forms


def check_file(pdf_path: Path) -> list[str]:
    errs = []
    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = page_lines(pdf_path)
    name = pdf_path.name
    if len(pages) != t["pages"]:
        errs.append(f"{name}: pages {len(pages)} != {t['pages']}")
    doc_text = "\n".join("\n".join(p) for p in pages)
    doc_flat = re.sub(r"\s+", " ", doc_text)
    doc_nums = {parse_money(m) for m in NUM.findall(doc_text)}
    for i, ln in enumerate(t["lines"]):
        tag = f"{name} line {i} {ln['code']} {ln['service_date']}"
        pl = pages[ln["page"] - 1]
        cands = [x for x in pl if (ln["code"] or "") in x and any(f in x for f in date_forms(ln["service_date"]))]
        if not cands:
            errs.append(f"{tag}: no row with code and date on page {ln['page']}")
            continue
        ok = False
        why = ""
        for row in cands:
            nums = {parse_money(m) for m in NUM.findall(row)}
            ints = {Decimal(m).normalize() for m in INT.findall(row.replace(",", ""))}
            miss = [k for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                                "not_covered", "discount") if ln[k] is not None and Decimal(ln[k]) not in nums]
            if ln["units"] is not None and Decimal(ln["units"]).normalize() not in ints:
                miss.append("units")
            miss += [m for m in ln["modifiers"] if not re.search(rf"(?<![A-Z0-9]){m}(?![A-Z0-9])", row.replace(ln["code"], " "))]
            if ln["service_end"] and not any(f in row for f in date_forms(ln["service_end"])):
                miss.append("service_end")
            if not miss:
                ok = True
                break
            why = f"{miss} in {row!r}"
        if not ok:
            errs.append(f"{tag}: {why}")
        ptxt = re.sub(r"\s+", " ", " ".join(pl))
        for g, r, a in ln["adjustments"]:
            if not re.search(rf"{g}\s?-?\s?0*{r}\b", ptxt):
                errs.append(f"{tag}: adjustment {g}-{r} not on page")
            if a is not None and Decimal(a) not in doc_nums and -Decimal(a) not in doc_nums:
                errs.append(f"{tag}: adjustment amount {a} not in text")
        for rm in ln["remarks"]:
            if not re.search(rf"\b{re.escape(rm)}\b", ptxt):
                errs.append(f"{tag}: remark {rm} not on page")
        if ln["description"] and ln["description"].split()[0] not in doc_flat:
            errs.append(f"{tag}: description start not found")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in doc_flat:
                errs.append(f"{tag}: {k} {ln[k]!r} not in text")
        # the document's own arithmetic
        if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and ln["billed"] and ln["paid"]:
            s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments {s} != paid {ln['paid']}")
        if all(ln[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
            s = Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - Decimal(ln["coinsurance"])
            if s != Decimal(ln["paid"]):
                errs.append(f"{tag}: allowed - member share {s} != paid {ln['paid']}")
        if ln["billed"] and ln["discount"] and ln["allowed"] and ln["not_covered"]:
            s = Decimal(ln["billed"]) - Decimal(ln["discount"]) - Decimal(ln["not_covered"])
            if s != Decimal(ln["allowed"]):
                errs.append(f"{tag}: billed - discount - not covered {s} != allowed")
    for c in t["claims"]:
        mine = [x for x in t["lines"] if (x["claim_id"], x["payer_claim_id"], x["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"{name}: claim {c} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(x[k]) for x in mine if x[k] is not None), Decimal("0.00"))
            planted = any(c["payer_claim_id"] and c["payer_claim_id"] in f or c["claim_id"] and c["claim_id"] in f
                          for f in t["expected_findings"])
            if s != Decimal(v) and not planted:
                errs.append(f"{name}: claim {c['payer_claim_id'] or c['claim_id']} {k} total {v} != lines {s}")
            if Decimal(v) not in doc_nums:
                errs.append(f"{name}: claim total {k} {v} not printed")
    return errs
