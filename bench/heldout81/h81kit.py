"""Drawing backend (reportlab / fpdf2 behind one small API, top-left coordinates in points, y = text
baseline) and the factory self-check for bench/heldout81/make_heldout81_pdfs.py.

Nothing here reads or runs the reader: the self-check extracts the text layer with pdfplumber directly.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSansB": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerifB": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMonoB": "liberation/LiberationMono-Bold.ttf",
    "DV": "dejavu/DejaVuSans.ttf", "DVB": "dejavu/DejaVuSans-Bold.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf", "DVCB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVS": "dejavu/DejaVuSerif.ttf", "DVSB": "dejavu/DejaVuSerif-Bold.ttf",
    "DVSC": "dejavu/DejaVuSerifCondensed.ttf", "DVSCB": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVM": "dejavu/DejaVuSansMono.ttf", "DVMB": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "HelvB": "Helvetica-Bold", "Cour": "Courier", "CourB": "Courier-Bold",
           "Times": "Times-Roman", "TimesB": "Times-Bold"}
CORE_FP = {"Helv": ("Helvetica", ""), "HelvB": ("Helvetica", "B"), "Cour": ("Courier", ""),
           "CourB": ("Courier", "B"), "Times": ("Times", ""), "TimesB": ("Times", "B")}


class Doc:
    """One PDF. ``text(x, y, s)`` puts s with its baseline at y points from the top of the page."""

    def __init__(self, path: Path, producer: str, size=(612, 792)):
        self.path, self.producer, (self.W, self.H) = Path(path), producer, size
        self.page = 0
        Doc.last = self
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for k, p in TTF.items():
                if k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, FONT_DIR + p))
            self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
            self.c.setTitle(self.path.stem)
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            self.c = FPDF(unit="pt", format=size)
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_title(self.path.stem)
            for k, p in TTF.items():
                self.c.add_font(k, "", FONT_DIR + p)
            self.c.set_line_width(0.5)

    def new_page(self) -> int:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        return self.page

    def _font(self, f: str, sz: float) -> None:
        if self.producer == "reportlab":
            self.c.setFont(CORE_RL.get(f, f), sz)
        else:
            fam, st = CORE_FP.get(f, (f, ""))
            self.c.set_font(fam, st, sz)

    def width(self, s: str, f: str, sz: float) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, CORE_RL.get(f, f), sz)
        self._font(f, sz)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, f: str = "Helv", sz: float = 8, align: str = "L",
             gray: float = 0.0) -> None:
        s = str(s)
        if not s:
            return
        w = self.width(s, f, sz)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        self._font(f, sz)
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        self.line(x1, y, x2, y, w)

    def line(self, x1, y1, x2, y2, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ""
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
                style = "DF" if stroke else "F"
            else:
                style = "D"
            self.c.rect(x, y, w, h, style=style)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


# ---------------------------------------------------------------------------------------------- check

def _num(tok: str) -> Decimal | None:
    t = tok.strip().strip(",;:")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") and len(t) > 1:
        neg, t = True, t[:-1]
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.replace("$", "").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    return -d if neg else d


def _date_forms(iso: str) -> set[str]:
    from datetime import date as _d
    from eobgen import dfmt
    d = _d.fromisoformat(iso)
    out = {dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")}
    out |= {d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d:%b} {d.day}", f"{d:%B} {d.day}",
            d.strftime("%m/%d"), d.strftime("%d %b %Y"), f"{d.month}/{d.day}/{d:%y}"}
    return out


def check_folder(out: Path, marks: dict[str, list], pages_expected: dict[str, int]) -> list[str]:
    """marks[name] = per truth line, the list of (page, baseline_y) bands its values are printed on."""
    import pdfplumber
    errs: list[str] = []
    for name, bands_per_line in sorted(marks.items()):
        pdf_path = out / name
        truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text(encoding="utf-8"))
        with pdfplumber.open(pdf_path) as pdf:
            words = [p.extract_words(keep_blank_chars=False, x_tolerance=1.5) for p in pdf.pages]
            texts = [p.extract_text() or "" for p in pdf.pages]
            npages = len(pdf.pages)
        doc_text = "\n".join(texts)
        flat = re.sub(r"\s+", " ", doc_text)
        if npages != truth["pages"] or npages != pages_expected[name]:
            errs.append(f"{name}: pages {npages} vs truth {truth['pages']}")
        if len(bands_per_line) != len(truth["lines"]):
            errs.append(f"{name}: {len(truth['lines'])} truth lines but {len(bands_per_line)} marks")
            continue
        for i, (ln, bands) in enumerate(zip(truth["lines"], bands_per_line)):
            tag = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            toks: list[str] = []
            for pg, y in bands:
                if pg != ln["page"] and pg != ln["page"] - 1:
                    errs.append(f"{tag}: band on page {pg}")
                toks += [w["text"] for w in sorted(words[pg - 1], key=lambda w: w["x0"])
                         if w["top"] - 1.0 <= y <= w["bottom"] + 1.0]
            row = " ".join(toks)
            nums = {_num(t) for t in toks} | {_num(p) for t in toks for p in re.split(r"[-:/]", t) if p}
            for p in re.findall(r"[A-Z]{2}-?\d+\s(\S+)", row):
                nums.add(_num(p))
            if not toks:
                errs.append(f"{tag}: nothing printed in its bands")
                continue
            if ln["code"] and not re.search(r"(?<![0-9A-Z])" + ln["code"], row):
                errs.append(f"{tag}: code not on row: {row}")
            for m in ln["modifiers"]:
                if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", row.replace(ln["code"] or "@@", " ")):
                    errs.append(f"{tag}: modifier {m} not on row")
            if ln["units"] is not None and Decimal(ln["units"]) not in nums:
                errs.append(f"{tag}: units {ln['units']} not on row: {row}")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and Decimal(ln[k]) not in nums:
                    errs.append(f"{tag}: {k} {ln[k]} not on row: {row}")
            for g, r, a in ln["adjustments"]:
                if not re.search(g + r"\s?-?\s?" + r + r"(?!\d)", row):
                    errs.append(f"{tag}: adjustment {g}-{r} not on row")
                if a is not None and Decimal(a) not in nums:
                    errs.append(f"{tag}: adjustment amount {a} not on row")
            for r in ln["remarks"]:
                if not re.search(r"(?<![A-Z0-9])" + re.escape(r) + r"(?![A-Z0-9])", row):
                    errs.append(f"{tag}: remark {r} not on row: {row}")
            forms = _date_forms(ln["service_date"])
            if not any(f in row for f in forms):
                errs.append(f"{tag}: service date not in its bands: {row}")
            if ln["service_end"] and not any(f in row for f in _date_forms(ln["service_end"])):
                errs.append(f"{tag}: service end not on row")
            if ln["description"] and ln["description"].split()[0] not in row:
                errs.append(f"{tag}: description not on row")
            ptext = re.sub(r"\s+", " ", texts[ln["page"] - 1])
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in flat:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document text")
            if not ptext:
                errs.append(f"{tag}: empty page")
            # the document's own arithmetic
            D = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in
                 ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount")}
            if D["billed"] is not None and D["paid"] is not None and ln["adjustments"] and \
                    all(a is not None for _, _, a in ln["adjustments"]):
                s = sum(Decimal(a) for _, _, a in ln["adjustments"])
                if D["billed"] - s != D["paid"]:
                    errs.append(f"{tag}: billed - adjustments != paid")
            if D["allowed"] is not None and D["paid"] is not None and D["deductible"] is not None and \
                    D["coinsurance"] is not None and not ln.get("_other_payer"):
                cs = D["deductible"] + D["coinsurance"] + (D["copay"] or 0)
                if D["allowed"] - cs != D["paid"] and not ln["adjustments"]:
                    errs.append(f"{tag}: allowed - cost share != paid")
            if D["billed"] is not None and D["discount"] is not None and D["allowed"] is not None and \
                    D["not_covered"] is not None and D["billed"] - D["discount"] - D["not_covered"] != D["allowed"]:
                errs.append(f"{tag}: billed - discount - not covered != allowed")
        # claim totals
        findings = " ".join(truth["expected_findings"])
        for cl in truth["claims"]:
            lines = [ln for ln in truth["lines"] if ln["payer_claim_id"] == cl["payer_claim_id"] and
                     ln["claim_id"] == cl["claim_id"] and ln["patient"] == cl["patient"]]
            if not lines:
                errs.append(f"{name}: claim {cl['payer_claim_id']} has no lines")
                continue
            for k, v in (cl.get("totals") or {}).items():
                if v is None or any(ln[k] is None for ln in lines):
                    continue
                s = sum(Decimal(ln[k]) for ln in lines)
                key = cl["payer_claim_id"] or cl["claim_id"]
                planted = f"claim {key}:" in findings and f"total {v} " in findings
                if s != Decimal(v) and not planted:
                    errs.append(f"{name}: claim {key} {k} total {v} != lines {s}")
                if planted and s == Decimal(v):
                    errs.append(f"{name}: planted mismatch in {key} {k} is not a mismatch")
                if Decimal(v) not in {_num(t) for t in flat.split()}:
                    errs.append(f"{name}: claim {key} {k} total {v} not printed")
    return errs
