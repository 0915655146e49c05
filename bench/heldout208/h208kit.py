"""Small drawing and self-check kit for make_heldout208_pdfs.py (one writer API over reportlab and fpdf2,
coordinates in points from the TOP-left; and the factory self-check that reads the text layer directly)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype"
TTF = {
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Courier": ("Courier", "Courier-Bold"),
           "Times": ("Times-Roman", "Times-Bold")}


class Writer:
    """w.t(x, y, text, bold=False, size=8, al='l'); y is the baseline measured from the top of the page."""

    def __init__(self, path: Path, producer: str, font: str, landscape: bool = False, when=None):
        self.path, self.producer, self.font = Path(path), producer, font
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            if font in CORE_RL:
                self.fn = CORE_RL[font]
            else:
                self.fn = (font + "-R", font + "-B")
                for nm, p in zip(self.fn, TTF[font]):
                    pdfmetrics.registerFont(TTFont(nm, f"{FONT_DIR}/{p}"))
            self._sw = pdfmetrics.stringWidth
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
        else:
            from fpdf import FPDF
            self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.p.set_auto_page_break(False)
            self.p.set_creation_date(when)
            if font in ("helvetica", "courier", "times"):
                self.fam = font
            else:
                self.fam = font
                self.p.add_font(font, "", f"{FONT_DIR}/{TTF[font][0]}")
                self.p.add_font(font, "B", f"{FONT_DIR}/{TTF[font][1]}")

    def page(self) -> int:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.p.add_page()
        self.pages += 1
        return self.pages

    def width(self, s: str, bold=False, size=8.0) -> float:
        if self.producer == "reportlab":
            return self._sw(s, self.fn[1 if bold else 0], size)
        self.p.set_font(self.fam, "B" if bold else "", size)
        return self.p.get_string_width(s)

    def t(self, x, y, s, bold=False, size=8.0, al="l"):
        s = str(s)
        if al == "r":
            x = x - self.width(s, bold, size)
        elif al == "c":
            x = x - self.width(s, bold, size) / 2
        if self.producer == "reportlab":
            self.c.setFont(self.fn[1 if bold else 0], size)
            self.c.drawString(x, self.H - y, s)
        else:
            self.p.set_font(self.fam, "B" if bold else "", size)
            self.p.text(x, y, s)

    def hline(self, x1, x2, y, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.p.set_line_width(lw)
            self.p.line(x1, y, x2, y)

    def vline(self, x, y1, y2, lw=0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.p.set_line_width(lw)
            self.p.line(x, y1, x, y2)

    def box(self, x, y, w, h, lw=0.6, gray=None):
        """Rectangle with top-left (x, y); gray (0..1) fills it lightly."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if gray is not None:
                self.c.setFillGray(gray)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.p.set_line_width(lw)
            if gray is not None:
                g = int(gray * 255)
                self.p.set_fill_color(g, g, g)
                self.p.rect(x, y, w, h, style="DF")
            else:
                self.p.rect(x, y, w, h)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.p.output(str(self.path))
        return self.pages


# ------------------------------------------------------------------------------------------ self-check

def _norm(s: str) -> str:
    return s.replace("$", "").replace(",", "")


def _amt_in(row: str, a: str) -> bool:
    d = Decimal(a)
    body = f"{abs(d):.2f}"
    toks = re.findall(r"[(\-]?\d+\.\d\d[)\-]?", _norm(row))
    for tk in toks:
        core = tk.strip("()-")
        if core == body:
            neg = tk.startswith("-") or tk.startswith("(") or tk.endswith("-")
            if (d < 0) == neg or d == 0:
                return True
    return False


def _units_in(row: str, u: str) -> bool:
    pat = r"(?<![\d.])" + re.escape(u) + r"(\.0+)?(?![\d.])"
    return re.search(pat, row) is not None


DATE_FORMS = ("%m/%d/%y", "%m/%d/%Y", "%m%d%y", "%m-%d-%Y", "%Y-%m-%d", "%d-%b-%Y")


def _date_strs(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    out = [d.strftime(f) for f in DATE_FORMS]
    out += [f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            f"{d.month}/{d.day}/{d:%y}", d.strftime("%m%d%y"), d.strftime("%d-%b-%Y").upper(),
            f"{d:%b} {d.day:02d}", f"{d:%m}/{d:%d}"]
    return out


def check_folder(out: Path, meta: dict) -> list[str]:
    """meta[name] = {"date_in_row": bool}.  Returns a list of problems (empty = pass)."""
    import pdfplumber
    problems: list[str] = []
    for name, m in meta.items():
        pdf_path = out / name
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != truth["pages"]:
                problems.append(f"{name}: page count {len(pdf.pages)} != {truth['pages']}")
            pages_rows = [[r["text"] for r in pg.extract_text_lines(strip=True)] for pg in pdf.pages]
        doc = "\n".join("\n".join(r) for r in pages_rows)
        for i, ln in enumerate(truth["lines"]):
            rows = pages_rows[ln["page"] - 1]
            errs_best = None
            for j, row in enumerate(rows):
                if ln["code"] and ln["code"] not in row:
                    continue
                errs = []
                block = " ".join(rows[j:j + 4])
                for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                          "not_covered", "discount"):
                    if ln[k] is not None and not _amt_in(row, ln[k]):
                        errs.append(f"{k} {ln[k]}")
                for md in ln["modifiers"]:
                    if not re.search(r"(?<![A-Z0-9])" + md + r"(?![A-Z0-9])|\d" + md + r"\b", row):
                        errs.append(f"mod {md}")
                if ln["units"] is not None and not _units_in(_norm(row), ln["units"]):
                    errs.append(f"units {ln['units']}")
                if m["date_in_row"]:
                    if not any(ds in row for ds in _date_strs(ln["service_date"])):
                        errs.append("date")
                elif not any(ds in doc for ds in _date_strs(ln["service_date"])):
                    errs.append("date (doc)")
                for g, rc, a in ln["adjustments"]:
                    if rc not in block or (a is not None and not _amt_in(block, a)):
                        errs.append(f"adj {g}-{rc} {a}")
                for rm in ln["remarks"]:
                    if not re.search(r"(?<![A-Z0-9])" + re.escape(rm) + r"(?![A-Z0-9])", block):
                        errs.append(f"remark {rm}")
                if not errs:
                    errs_best = []
                    break
                if errs_best is None or len(errs) < len(errs_best):
                    errs_best = errs
            if errs_best is None:
                problems.append(f"{name} line {i}: code {ln['code']} not on page {ln['page']}")
            elif errs_best:
                problems.append(f"{name} line {i} ({ln['code']} p{ln['page']}): not on its row: {errs_best}")
            if ln["description"]:
                flat = re.sub(r"\s+", " ", doc)
                if ln["description"] not in flat:
                    problems.append(f"{name} line {i}: description not printed")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc:
                    problems.append(f"{name} line {i}: {k} {ln[k]} not printed")
            # the document's own arithmetic: billed - adjustments = paid where all adjustments are printed
            if m.get("full_adjustments") and ln["billed"] is not None and ln["paid"] is not None:
                s = Decimal(ln["billed"]) - sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
                if s != Decimal(ln["paid"]):
                    problems.append(f"{name} line {i}: billed - adjustments {s} != paid {ln['paid']}")
            if m.get("owes_arith") and ln["patient_owes"] is not None and ln["billed"] is not None:
                parts = [ln[k] for k in ("discount", "not_covered") if ln[k] is not None]
                if ln["paid"] is not None:
                    tot = Decimal(ln["billed"]) - Decimal(ln["paid"]) - sum(map(Decimal, parts), Decimal(0))
                    if ln["not_covered"] and Decimal(ln["not_covered"]) and m.get("nc_owed"):
                        tot += Decimal(ln["not_covered"])
                    if tot != Decimal(ln["patient_owes"]) and m.get("owes_arith") == "strict":
                        problems.append(f"{name} line {i}: owes arithmetic {tot} != {ln['patient_owes']}")
        # claim totals
        planted = {f for f in truth["expected_findings"]}
        for c in truth["claims"]:
            lines = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                     and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
            for k, v in c["totals"].items():
                if v is None or all(ln[k] is None for ln in lines):
                    continue
                if not _amt_in(_norm(doc).replace("\n", " "), v):
                    problems.append(f"{name}: claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} not printed")
                s = sum((Decimal(ln[k]) for ln in lines if ln[k] is not None), Decimal(0))
                if s != Decimal(v):
                    hit = [f for f in planted if (c["payer_claim_id"] or c["claim_id"]) in f and v in f and str(s) in f]
                    if not hit:
                        problems.append(f"{name}: claim {c['payer_claim_id'] or c['claim_id']} {k} total {v} "
                                        f"!= lines {s} (not a planted finding)")
        for f in planted:
            if "mismatch" in f:
                # a planted mismatch must really be one
                found = False
                for c in truth["claims"]:
                    cid = c["payer_claim_id"] or c["claim_id"]
                    if cid in f:
                        for k, v in c["totals"].items():
                            lines = [ln for ln in truth["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                                     and ln["claim_id"] == c["claim_id"]]
                            if v is not None and sum((Decimal(ln[k]) for ln in lines if ln[k]), Decimal(0)) != Decimal(v):
                                found = True
                if not found:
                    problems.append(f"{name}: planted finding is not a real mismatch: {f}")
    return problems
