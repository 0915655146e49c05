"""Drawing kit and self-check for bench/heldout78 (two PDF producers behind one small page model)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSansB": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerifB": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMonoB": "liberation/LiberationMono-Bold.ttf",
    "DjSans": "dejavu/DejaVuSans.ttf", "DjSansB": "dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "dejavu/DejaVuSansCondensed.ttf", "DjCondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DjSerifCB": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DjMono": "dejavu/DejaVuSansMono.ttf", "DjMonoB": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
             "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}
LETTER = (612.0, 792.0)


class Doc:
    """Pages of drawing operations in points, origin top-left; rendered by reportlab or fpdf2."""

    def __init__(self, producer: str, landscape: bool = False):
        self.producer = producer
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.landscape = landscape
        self.pages: list[list[tuple]] = []

    @property
    def pageno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def t(self, x, y, s, font="Helvetica", size=7.0, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def hline(self, x0, x1, y, lw=0.5):
        self.pages[-1].append(("l", x0, y, x1, y, lw))

    def vline(self, x, y0, y1, lw=0.5):
        self.pages[-1].append(("l", x, y0, x, y1, lw))

    def save(self, path: Path) -> None:
        if self.producer == "reportlab":
            self._rl(path)
        else:
            self._fp(path)

    def _rl(self, path):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        used = {op[4] for pg in self.pages for op in pg if op[0] == "t"}
        for f in used:
            if f in TTF and f not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(f, FONTDIR + TTF[f]))
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Document")
        for pg in self.pages:
            for op in pg:
                if op[0] == "t":
                    _, x, y, s, f, z, a = op
                    c.setFont(f, z)
                    base = self.H - (y + z)
                    if a == "r":
                        c.drawRightString(x, base, s)
                    elif a == "c":
                        c.drawCentredString(x, base, s)
                    else:
                        c.drawString(x, base, s)
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
                else:
                    _, x0, y0, x1, y1, lw = op
                    c.setLineWidth(lw)
                    c.line(x0, self.H - y0, x1, self.H - y1)
            c.showPage()
        c.save()

    def _fp(self, path):
        from datetime import UTC, datetime

        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
        pdf.set_title("Document")
        used = {op[4] for pg in self.pages for op in pg if op[0] == "t"}
        for f in sorted(used):
            if f in TTF:
                pdf.add_font(f, "", FONTDIR + TTF[f])

        def setf(f, z):
            if f in TTF:
                pdf.set_font(f, "", z)
            else:
                fam, st = CORE_FPDF[f]
                pdf.set_font(fam, st, z)
        for pg in self.pages:
            pdf.add_page()
            for op in pg:
                if op[0] == "t":
                    _, x, y, s, f, z, a = op
                    setf(f, z)
                    w = pdf.get_string_width(s)
                    xx = x - w if a == "r" else (x - w / 2 if a == "c" else x)
                    pdf.text(xx, y + z, s)
                elif op[0] == "r":
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    style = ""
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style += "F"
                    if stroke:
                        style = "D" + style
                    pdf.rect(x, y, w, h, style=style or "D")
                else:
                    _, x0, y0, x1, y1, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x0, y0, x1, y1)
        pdf.output(str(path))


class Flow:
    """A y cursor down the pages: breaks to a new page (banner + repeated header) when a block does not fit."""

    def __init__(self, doc: Doc, on_page, bottom: float):
        self.doc, self.on_page, self.bottom = doc, on_page, bottom
        self.repeat = None  # callable(flow) drawing a header again after a break
        self.doc.new_page()
        self.y = on_page(self.doc)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.brk()
            return True
        return False

    def brk(self):
        self.doc.new_page()
        self.y = self.on_page(self.doc)
        if self.repeat:
            self.repeat(self)

    def row(self, cells, size=7.0, font="Helvetica", h=None, bfont=None):
        """cells: (x, text, align[, bold]) all on one baseline."""
        for c in cells:
            x, s, a = c[0], c[1], c[2]
            f = bfont if (len(c) > 3 and c[3] and bfont) else font
            if s != "":
                self.doc.t(x, self.y, s, f, size, a)
        self.y += h or size * 1.45


def wrap(text: str, n: int) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out or [""]


# ------------------------------------------------------------------------------------------------ check

MONEY = re.compile(r"^\(?-?\$?(\d[\d,]*\.\d{2})\)?-?[,;]?$")


def parse_amt(tok: str):
    m = MONEY.match(tok)
    if not m:
        return None
    v = Decimal(m.group(1).replace(",", ""))
    if tok.startswith("(") or tok.startswith("-") or tok.rstrip(",;").endswith("-") or tok.startswith("$-"):
        v = -v
    return f"{v:.2f}"


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, x_tolerance=1.5, y_tolerance=1)
            rows: dict = {}
            for w in words:
                key = None
                for k in rows:
                    if abs(k - w["top"]) <= 1.2:
                        key = k
                        break
                rows.setdefault(w["top"] if key is None else key, []).append(w)
            out.append([" ".join(w["text"] for w in sorted(rows[k], key=lambda w: w["x0"])) for k in sorted(rows)])
    return out


def _dates(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"),
            d.strftime("%Y%m%d"), f"{d:%b} {d:%d}, {d.year}", d.strftime("%d %b %Y")]


def check_file(pdf_path: Path, anchors: list[dict]) -> list[str]:
    """anchors[i] belongs to truth line i: {'row': [texts on the service row], 'date_on_row': bool,
    'full_adj': bool}."""
    errs: list[str] = []
    tr = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    lines = page_lines(pdf_path)
    name = pdf_path.name
    if tr["pages"] != len(lines):
        errs.append(f"{name}: pages {tr['pages']} != {len(lines)}")
    if len(tr["pages"] * [0]) < 1:
        errs.append(f"{name}: no pages")
    doc_text = re.sub(r"\s+", " ", " ".join(" ".join(p) for p in lines))
    if len(anchors) != len(tr["lines"]):
        errs.append(f"{name}: anchors {len(anchors)} != lines {len(tr['lines'])}")
    for i, (ln, an) in enumerate(zip(tr["lines"], anchors)):
        tag = f"{name} line {i} ({ln['code']} {ln['service_date']})"
        pg = lines[ln["page"] - 1]
        hits = [k for k, s in enumerate(pg) if all(a in s for a in an["row"])]
        want = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes") if ln[k] is not None]
        if len(hits) > 1:  # a reversal next to its replacement, or the same service for two people
            hits = [k for k in hits if all(w in {parse_amt(t) for t in pg[k].split()} for w in want)]
            twins = sum(1 for l2, a2 in zip(tr["lines"], anchors) if l2["page"] == ln["page"]
                        and a2["row"] == an["row"] and all(l2[k] == ln[k] for k in
                                                           ("billed", "allowed", "paid", "patient_owes")))
            if len(hits) == twins:
                hits = hits[:1]
        if len(hits) != 1:
            errs.append(f"{tag}: row anchor found {len(hits)} times on page {ln['page']}: {an['row']}")
            continue
        k = hits[0]
        row = pg[k]
        toks = row.split()
        amts = {parse_amt(t) for t in toks} - {None}
        if ln["code"] and ln["code"] not in row:
            errs.append(f"{tag}: code not on row")
        for m in ln["modifiers"]:
            if m not in row:
                errs.append(f"{tag}: modifier {m} not on row")
        if ln["units"] is not None:
            us = set()
            for t in toks:
                try:
                    us.add(format(Decimal(t.strip("x×")).normalize(), "f"))
                except ArithmeticError:
                    continue
            if ln["units"] not in us:
                errs.append(f"{tag}: units {ln['units']} not on row")
        for key in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                    "not_covered", "discount"):
            if ln[key] is not None and ln[key] not in amts:
                errs.append(f"{tag}: {key} {ln[key]} not on row: {row}")
        ds = _dates(ln["service_date"])
        where = row if an.get("date_on_row", True) else " ".join(pg)
        if not any(d in where for d in ds):
            errs.append(f"{tag}: service date not printed")
        if ln["service_end"] and not any(d in where for d in _dates(ln["service_end"])):
            errs.append(f"{tag}: service end not printed")
        window = pg[k:k + 6]
        for g, r, a in ln["adjustments"]:
            ok = False
            for s in window:
                if any(f"{g}{sep}{r}" in s for sep in ("-", "", " ", "/")):
                    if a is None or a in {parse_amt(t) for t in s.split()}:
                        ok = True
            if not ok:
                errs.append(f"{tag}: adjustment {g}-{r} {a} not near row")
        for rm in ln["remarks"]:
            if not any(rm in s for s in window):
                errs.append(f"{tag}: remark {rm} not near row")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in doc_text:
                errs.append(f"{tag}: {key} {ln[key]!r} not in document")
        # the document's own arithmetic
        if an.get("full_adj") and ln["billed"] is not None and ln["paid"] is not None:
            s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments {s} != paid {ln['paid']}")
        if ln["allowed"] is not None and ln["paid"] is not None and not an.get("other_share"):
            parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
            if all(p is not None for p in parts):
                s = Decimal(ln["allowed"]) - sum(Decimal(p) for p in parts)
                if s != Decimal(ln["paid"]):
                    errs.append(f"{tag}: allowed - patient shares {s} != paid")
    for c in tr["claims"]:
        mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"] and
                ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"{name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            if f"{s:.2f}" != v:
                errs.append(f"{name}: claim {c['claim_id'] or c['payer_claim_id']} {k} total {v} != lines {s}")
            if v not in doc_text.replace("$", "").replace(",", "") and v not in doc_text:
                # the total is printed in some money style; look for it with separators
                from eobgen import money
                forms = {money(Decimal(v), st, ng) for st in ("$", ",", "") for ng in ("-", "()", "trail")}
                if not any(f in doc_text for f in forms):
                    errs.append(f"{name}: claim total {k} {v} not printed")
    for code, _txt in tr["legend"]:
        if code not in doc_text:
            errs.append(f"{name}: legend code {code} not printed")
    return errs
