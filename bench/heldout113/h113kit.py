"""Small drawing kit and factory self-check for bench/heldout113 (see make_heldout113_pdfs.py).

A layout is drawn once into a producer-neutral list of pages of operations (text, rules, boxes), then
rendered by reportlab or fpdf2. Text widths come from reportlab's metrics so both producers place text
at the same spots. The self-check reads the written PDFs back with pdfplumber.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
TTF = {
    "LS": TT + "liberation/LiberationSans-Regular.ttf", "LS-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LSN": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "LSN-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "LSer": TT + "liberation/LiberationSerif-Regular.ttf", "LSer-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "LM": TT + "liberation/LiberationMono-Regular.ttf", "LM-B": TT + "liberation/LiberationMono-Bold.ttf",
    "DVS": TT + "dejavu/DejaVuSans.ttf", "DVS-B": TT + "dejavu/DejaVuSans-Bold.ttf",
    "DVSC": TT + "dejavu/DejaVuSansCondensed.ttf", "DVSC-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSM": TT + "dejavu/DejaVuSansMono.ttf", "DVSM-B": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "DVSer": TT + "dejavu/DejaVuSerif.ttf", "DVSer-B": TT + "dejavu/DejaVuSerif-Bold.ttf",
}
CORE = {"Helvetica": "Helvetica", "Helvetica-B": "Helvetica-Bold", "Courier": "Courier",
        "Courier-B": "Courier-Bold", "Times": "Times-Roman", "Times-B": "Times-Bold"}
_registered: set[str] = set()


def rl_font(name: str) -> str:
    if name in CORE:
        return CORE[name]
    if name not in _registered:
        pdfmetrics.registerFont(TTFont("h113" + name, TTF[name]))
        _registered.add(name)
    return "h113" + name


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, rl_font(font), size)


class Doc:
    """Pages of drawing operations. y is measured from the TOP of the page (baseline for text)."""

    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.pages: list[list[tuple]] = []
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])

    @property
    def pno(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="Helvetica", size=8.0, align="l", page=None):
        s = str(s)
        if align == "r":
            x -= width(s, font, size)
        elif align == "c":
            x -= width(s, font, size) / 2
        (self.pages[page - 1] if page else self.pages[-1]).append(("t", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def wrap(self, s: str, font: str, size: float, maxw: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and width(t, font, size) > maxw:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    # ------------------------------------------------------------------ renderers
    def save_reportlab(self, path: Path) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        for ops in self.pages:
            for op in ops:
                if op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            for op in ops:
                if op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    c.setLineWidth(w)
                    c.setStrokeGray(g)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                    c.setStrokeGray(0)
                elif op[0] == "t":
                    _, x, y, s, font, size = op
                    c.setFont(rl_font(font), size)
                    c.drawString(x, self.h - y, s)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path, when) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(when)
        fams = {}
        core_map = {"Helvetica": ("helvetica", ""), "Helvetica-B": ("helvetica", "B"), "Courier": ("courier", ""),
                    "Courier-B": ("courier", "B"), "Times": ("times", ""), "Times-B": ("times", "B")}

        def setf(font, size):
            if font in core_map:
                fam, st = core_map[font]
            else:
                fam = "h" + font.replace("-", "")
                if fam not in fams:
                    pdf.add_font(fam, "", TTF[font])
                    fams[fam] = 1
                st = ""
            pdf.set_font(fam, st, size)

        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style=style if style != "FD" else "DF")
            for op in ops:
                if op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    pdf.set_line_width(w)
                    gg = int(g * 255)
                    pdf.set_draw_color(gg, gg, gg)
                    pdf.line(x1, y1, x2, y2)
                    pdf.set_draw_color(0, 0, 0)
                elif op[0] == "t":
                    _, x, y, s, font, size = op
                    setf(font, size)
                    pdf.text(x, y, s)
        pdf.output(str(path))


def footers(doc: Doc, fmt: str, x: float, y: float, font: str, size: float, align="c") -> None:
    n = len(doc.pages)
    for i in range(1, n + 1):
        doc.text(x, y, fmt.format(p=i, n=n), font, size, align, page=i)


# ------------------------------------------------------------------------------------------- check

MONEY = re.compile(r"^\(?-?\$?-?[\d,]*\d\.\d\d\)?-?$")


def money_tokens(text: str) -> list[Decimal]:
    out = []
    for tok in re.split(r"[\s;|]+", text):
        tok = tok.strip(",:")
        if "-" in tok and not MONEY.match(tok):  # "CO-45-201.52"-ish or "CO-45" : take the tail
            tok = tok.rsplit("-", 1)[-1] if re.search(r"-\d[\d,]*\.\d\d$", tok) and not tok.startswith("-") else tok
        if not MONEY.match(tok):
            continue
        neg = tok.startswith("(") or tok.endswith("-") or tok.startswith("-") or tok.startswith("$-")
        body = re.sub(r"[^\d.]", "", tok)
        try:
            v = Decimal(body)
        except InvalidOperation:
            continue
        out.append(-v if neg else v)
    return out


def num_tokens(text: str) -> list[Decimal]:
    out = []
    for tok in re.split(r"[\s;|x×]+", text):
        try:
            out.append(Decimal(tok.strip(",")))
        except InvalidOperation:
            pass
    return out


def date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    from datetime import date
    dt = date(y, m, d)
    return [dt.strftime("%m/%d/%y"), dt.strftime("%m/%d/%Y"), dt.strftime("%m%d%y"), dt.strftime("%m%d%Y"),
            f"{dt:%b} {d}, {y}", f"{dt:%B} {d}, {y}", f"{m}/{d}/{y}", dt.isoformat(), dt.strftime("%m-%d-%Y"),
            dt.strftime("%d-%b-%Y").upper(), f"{m}/{d}/{dt:%y}", dt.strftime("%m-%d-%y"), f"{dt:%b} {d:02d}, {y}"]


def check_folder(folder: Path, names: list[str], adj_complete: dict[str, bool], row_span: dict[str, int]) -> int:
    import pdfplumber
    problems = 0
    total_lines = total_pages = 0
    spanning_files = 0
    for name in names:
        pdfp = folder / (name + ".pdf")
        t = json.loads(Path(str(pdfp) + ".truth.json").read_text())
        with pdfplumber.open(pdfp) as pdf:
            pages_lines = [[ln["text"] for ln in p.extract_text_lines()] for p in pdf.pages]
            npages = len(pdf.pages)
        doc_text = " ".join(" ".join(p) for p in pages_lines)
        bad = []
        if npages != t["pages"]:
            bad.append(f"page count {npages} != {t['pages']}")
        span = row_span.get(name, 0)
        for ln in t["lines"]:
            plines = pages_lines[ln["page"] - 1]
            page_text = " ".join(plines)
            code = ln["code"]
            cands = [i for i, s in enumerate(plines) if code and code in s]
            ok_row = None
            for i in cands:
                row = plines[i]
                near = " ".join(plines[i:i + 1 + span])
                mt = money_tokens(row)
                if any(ln[k] is not None and Decimal(ln[k]) not in mt for k in
                       ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                        "not_covered", "discount")):
                    continue
                if ln["units"] is not None and Decimal(ln["units"]) not in num_tokens(row.replace(",", " ")):
                    continue
                if any(m not in row for m in ln["modifiers"]):
                    continue
                adj_ok = True
                for g, rc, a in ln["adjustments"]:
                    if g not in near or rc not in near or (a is not None and Decimal(a) not in money_tokens(near)):
                        adj_ok = False
                if not adj_ok:
                    continue
                ok_row = i
                break
            if ok_row is None:
                bad.append(f"line p{ln['page']} {code} {ln['modifiers']} {ln['billed']} not found on one text row")
                continue
            near = " ".join(plines[ok_row:ok_row + 1 + span])
            if not any(f in near or f in page_text for f in date_forms(ln["service_date"])):
                bad.append(f"date {ln['service_date']} of {code} not on page {ln['page']}")
            for r in ln["remarks"]:
                if not re.search(r"(?<![\w])" + re.escape(r) + r"(?![\w])", page_text):
                    bad.append(f"remark {r} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in doc_text:
                    bad.append(f"{k} {ln[k]!r} not in document")
            # arithmetic
            d = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in
                 ("billed", "discount", "not_covered", "allowed", "deductible", "copay", "coinsurance", "paid")}
            if None not in (d["billed"], d["discount"], d["allowed"]) and \
                    d["billed"] - d["discount"] - (d["not_covered"] or 0) != d["allowed"] and d["allowed"] != 0:
                bad.append(f"billed-discount-notcovered != allowed for {code}")
            if adj_complete.get(name) and ln["adjustments"] and None not in (d["billed"], d["paid"]):
                if d["billed"] - sum(Decimal(a[2]) for a in ln["adjustments"]) != d["paid"]:
                    bad.append(f"billed - adjustments != paid for {code} {ln['billed']}")
        found = " ".join(t["expected_findings"])
        for c in t["claims"]:
            lines = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                     and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
            if not lines:
                bad.append(f"claim {c['claim_id']} has no lines")
            for k, v in c["totals"].items():
                vals = [ln[k] for ln in lines]
                if v is None or not vals or None in vals:
                    continue
                s = sum(Decimal(x) for x in vals)
                key = c["payer_claim_id"] or c["claim_id"]
                if s != Decimal(v) and key not in found:
                    bad.append(f"claim {key} {k} total {v} != lines {s} (not planted)")
                if s == Decimal(v) and key in found and k in found:
                    bad.append(f"planted mismatch {key} {k} is not a mismatch")
                if Decimal(v) not in money_tokens(doc_text):
                    bad.append(f"claim {key} total {k} {v} not printed")
        for f in t["expected_findings"]:
            if not any((c["payer_claim_id"] or c["claim_id"]) in f for c in t["claims"]):
                bad.append("expected finding names no claim")
        if any(len({ln["page"] for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                    and ln["claim_id"] == c["claim_id"]}) > 1 for c in t["claims"]):
            spanning_files += 1
        total_lines += len(t["lines"])
        total_pages += npages
        status = "OK" if not bad else "FAIL"
        print(f"{name}: {status}  {len(t['lines'])} lines, {len(t['claims'])} claims, {npages} pages, "
              f"{t['producer']}")
        for b in bad[:15]:
            print("   ", b)
        problems += len(bad)
    if spanning_files < 3:
        print(f"only {spanning_files} files carry a claim whose rows continue onto the next page (need 3)")
        problems += 1
    producers = {json.loads(Path(str(folder / (n + ".pdf")) + ".truth.json").read_text())["producer"] for n in names}
    if len(producers) < 2 or len(names) < 10:
        print("need >= 10 files from >= 2 producers")
        problems += 1
    print(f"files with a claim continued onto the next page: {spanning_files}")
    print(f"total: {len(names)} files, {total_lines} lines, {total_pages} pages, {problems} problems")
    return problems
