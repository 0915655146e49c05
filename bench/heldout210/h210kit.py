"""Page model, two renderers (reportlab / fpdf2) and the self-check used by make_heldout210_pdfs.py.

A Doc is a list of pages; each page is a list of drawing ops in points with a top-left origin. Layouts draw
through Doc and register, for every service line, the truth record and the strings drawn on each of its
visual rows, so --check can confirm them in the extracted text layer, row by row.
"""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype"
TTF = {
    "LibSerif": f"{FONT_DIR}/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": f"{FONT_DIR}/liberation/LiberationSerif-Bold.ttf",
    "LibSans": f"{FONT_DIR}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{FONT_DIR}/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": f"{FONT_DIR}/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": f"{FONT_DIR}/liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": f"{FONT_DIR}/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": f"{FONT_DIR}/liberation/LiberationMono-Bold.ttf",
    "DVCond": f"{FONT_DIR}/dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": f"{FONT_DIR}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSans": f"{FONT_DIR}/dejavu/DejaVuSans.ttf",
    "DVSans-B": f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf",
    "DVSerif": f"{FONT_DIR}/dejavu/DejaVuSerif.ttf",
    "DVSerif-B": f"{FONT_DIR}/dejavu/DejaVuSerif-Bold.ttf",
    "DVMono": f"{FONT_DIR}/dejavu/DejaVuSansMono.ttf",
    "DVMono-B": f"{FONT_DIR}/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


class Doc:
    def __init__(self, producer: str, landscape: bool = False, font: str = "Helvetica", size: float = 8.5,
                 top: float = 40, bottom: float = 50):
        self.producer = producer
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.font, self.size = font, size
        self.pages: list[list] = []
        self.top, self.bottom = top, bottom
        self.y = top
        self.on_new_page = None  # callback(doc) drawing the running header of a continuation page
        self.regs: list[tuple[dict, list[list[str]]]] = []
        self._t = -1
        self.new_page()

    # ---- drawing
    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def text(self, x, y, s, font=None, size=None, align="l"):
        self.pages[self._t].append(("t", x, y, str(s), font or self.font, size or self.size, align))

    def line(self, x1, y1, x2, y2, width=0.5):
        self.pages[self._t].append(("l", x1, y1, x2, y2, width))

    def rect(self, x, y, w, h, fill=None, stroke=True):
        self.pages[self._t].append(("r", x, y, w, h, fill, stroke))

    def need(self, h: float) -> bool:
        """Break the page when h more points do not fit; run the continuation header. True if broken."""
        if self.y + h > self.h - self.bottom:
            self.new_page()
            if self.on_new_page:
                self.on_new_page(self)
            return True
        return False

    def row(self, cells, font=None, size=None, lead=None):
        """cells: [(x, text, align)]; draws one text row at the cursor and advances. Returns the strings."""
        size = size or self.size
        for x, s, al in cells:
            if s != "":
                self.text(x, self.y + size, s, font, size, al)
        self.y += lead or size * 1.45
        return [s for _, s, _ in cells if s != ""]

    def reg(self, truth: dict, rows: list[list[str]]):
        truth["page"] = self.pno
        self.regs.append((truth, rows))

    # ---- rendering
    def save(self, path: Path, footer=None):
        n = len(self.pages)
        if footer:
            for i in range(n):
                self._t = i
                footer(self, i + 1, n)
            self._t = -1
        if self.producer == "reportlab":
            _render_rl(self, path)
        else:
            _render_fpdf(self, path)
        return n


def _render_rl(doc: Doc, path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    used = {op[4] for pg in doc.pages for op in pg if op[0] == "t"}
    for f in used:
        if f not in CORE and f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f, TTF[f]))
    for pg in doc.pages:
        for op in pg:
            if op[0] == "t":
                _, x, y, s, f, sz, al = op
                c.setFont(f, sz)
                yy = doc.h - y
                if al == "r":
                    c.drawRightString(x, yy, s)
                elif al == "c":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, fill, stroke = op
                c.setLineWidth(0.5)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def _render_fpdf(doc: Doc, path: Path):
    from datetime import UTC, datetime

    from fpdf import FPDF

    pdf = FPDF(orientation="L" if doc.landscape else "P", unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
    pdf.set_margins(0, 0, 0)
    used = {op[4] for pg in doc.pages for op in pg if op[0] == "t"}
    fam = {}
    for f in sorted(used):
        if f in CORE:
            base = {"Helvetica": ("Helvetica", ""), "Helvetica-Bold": ("Helvetica", "B"), "Courier": ("Courier", ""),
                    "Courier-Bold": ("Courier", "B"), "Times-Roman": ("Times", ""), "Times-Bold": ("Times", "B")}[f]
            fam[f] = base
        else:
            pdf.add_font(f.replace("-", ""), "", TTF[f])
            fam[f] = (f.replace("-", ""), "")
    for pg in doc.pages:
        pdf.add_page()
        for op in pg:
            if op[0] == "t":
                _, x, y, s, f, sz, al = op
                pdf.set_font(fam[f][0], fam[f][1], sz)
                w = pdf.get_string_width(s)
                xx = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                pdf.set_line_width(w)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, stroke = op
                pdf.set_line_width(0.5)
                style = ""
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    style += "F"
                if stroke:
                    style += "D"
                pdf.rect(x, y, w, h, style=style or "D")
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ check

def _lines_of(pdf_path: Path):
    import pdfplumber

    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows = defaultdict(list)
            for w in words:
                key = None
                for k in rows:
                    if abs(k - w["bottom"]) < 2.0:
                        key = k
                        break
                rows[w["bottom"] if key is None else key].append(w)
            lines = [" ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"])) for _, ws in sorted(rows.items())]
            out.append(lines)
        return out


def check(pdf_path: Path, meta: dict) -> list[str]:
    """meta: doc (the Doc), fm (money formatter), fd (date formatter), fu (units formatter), adj_complete (bool),
    planted (set of payer_claim_id/claim_id keys whose printed total is wrong on purpose)."""
    errs = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = _lines_of(pdf_path)
    name = pdf_path.name
    if truth["pages"] != len(pages):
        errs.append(f"{name}: page count {truth['pages']} != {len(pages)}")
    doc = meta["doc"]
    if len(doc.regs) != len(truth["lines"]):
        errs.append(f"{name}: registered {len(doc.regs)} lines, truth has {len(truth['lines'])}")
    fm, fd, fu = meta["fm"], meta["fd"], meta["fu"]
    alltext = "\n".join("\n".join(p) for p in pages)
    for (t, rows), tl in zip(doc.regs, truth["lines"]):
        if t != tl:
            errs.append(f"{name}: truth line differs from registered")
        pl = pages[t["page"] - 1]
        for r in rows:
            if not any(all(tok in ln for tok in r) for ln in pl):
                errs.append(f"{name} p{t['page']}: row not found on one text line: {r}")
        joined = " | ".join(" ".join(r) for r in rows)
        want = [fd(t["service_date"])]
        if t["service_end"]:
            want.append(fd(t["service_end"]))
        if t["code"]:
            want.append(t["code"])
        want += t["modifiers"]
        if t["units"] is not None:
            want.append(fu(t["units"]))
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if t[k] is not None:
                want.append(fm(Decimal(t[k])))
        for g, c, a in t["adjustments"]:
            want.append(c)
            if a is not None:
                want.append(fm(Decimal(a)))
        want += t["remarks"]
        for wv in want:
            if wv not in joined:
                errs.append(f"{name} p{t['page']}: value {wv!r} not among the row's strings {rows}")
        for idk in ("claim_id", "payer_claim_id", "patient"):
            if t[idk] and t[idk] not in alltext:
                errs.append(f"{name}: {idk} {t[idk]!r} not in text")
        if meta.get("adj_complete") and t["adjustments"] and t["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in t["adjustments"]), Decimal(0))
            if Decimal(t["billed"]) - s != Decimal(t["paid"]):
                errs.append(f"{name}: billed - adjustments != paid for {t['code']} {t['service_date']}")
        if t["allowed"] is not None and t["paid"] is not None and t["billed"] is not None:
            parts = [t[k] for k in ("deductible", "copay", "coinsurance") if t[k] is not None]
            if parts and meta.get("share_check", True):
                if Decimal(t["allowed"]) - sum(map(Decimal, parts)) != Decimal(t["paid"]):
                    errs.append(f"{name}: allowed - share != paid for {t['code']} {t['service_date']}")
    planted = meta.get("planted", set())
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        if c["payer_claim_id"] and c["payer_claim_id"] not in alltext:
            errs.append(f"{name}: claim {c['payer_claim_id']} not in text")
        ls = [t for t in truth["lines"] if (t["claim_id"], t["payer_claim_id"], t["patient"]) == key]
        if not ls:
            errs.append(f"{name}: claim {key} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if fm(Decimal(v)) not in alltext:
                errs.append(f"{name}: claim total {k} {v} not printed")
            if all(t[k] is None for t in ls):
                continue  # a claim-level figure the rows do not print (e.g. PT RESP on a paper remit)
            s = sum((Decimal(t[k]) for t in ls if t[k] is not None), Decimal(0))
            mism = s != Decimal(v)
            if mism and key not in planted:
                errs.append(f"{name}: claim {key} total {k} {v} != lines {s}")
            if key in planted and k == meta.get("planted_field") and not mism:
                errs.append(f"{name}: planted mismatch not a mismatch")
    if planted and not truth["expected_findings"]:
        errs.append(f"{name}: planted mismatch not declared")
    return errs
