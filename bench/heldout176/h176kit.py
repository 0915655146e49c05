"""Drawing ops (one page model rendered by reportlab or fpdf2) and the factory self-check for set 176."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

FONTDIR = {
    "DejaVuSerifCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow",
}


def _ttf(fam: str, bold: bool) -> str:
    base = FONTDIR[fam]
    if fam.startswith("Liberation"):
        return base + ("-Bold.ttf" if bold else "-Regular.ttf")
    return base + ("-Bold.ttf" if bold else ".ttf")


class Doc:
    """A page model: text ops with a baseline y measured from the top of the page."""

    def __init__(self, family: str, landscape: bool = False, size: float = 8.5, top: float = 40,
                 bottom: float = 50, lead: float | None = None):
        self.family = family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.size = size
        self.lead = lead or size * 1.3
        self.top, self.bottom = top, bottom
        self.pages: list[list[tuple]] = [[]]
        self.y = top
        self.header = None  # callback(doc) drawn at the top of every new page
        self.footer = None  # callback(doc, pageno, npages) drawn on render
        self.limits: dict[int, float] = {}  # page number -> lowest baseline for flowing content

    @property
    def pageno(self) -> int:
        return len(self.pages)

    def t(self, x, s, bold=False, size=None, align="l", y=None):
        self.pages[-1].append(("t", x, self.y if y is None else y, str(s), bold, size or self.size, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))

    def hr(self, x1=None, x2=None, dy=0.0, w=0.5):
        y = self.y + dy
        self.line(x1 if x1 is not None else 36, y, x2 if x2 is not None else self.W - 36, y, w)

    def nl(self, n=1.0):
        self.y += self.lead * n

    def new_page(self):
        self.pages.append([])
        self.y = self.top
        if self.header:
            self.header(self)

    def limit(self) -> float:
        return self.limits.get(self.pageno, self.H - self.bottom)

    def ensure(self, h):
        if self.y + h > self.limit():
            self.new_page()
            return True
        return False

    def row(self, cols, cells, bold=False, size=None):
        """cols: list of (x, align); cells: list of str (None/'' skipped)."""
        for (x, al), c in zip(cols, cells):
            if c not in (None, ""):
                self.t(x, c, bold=bold, size=size, align=al)


def _core(fam: str, bold: bool) -> tuple[str, str]:
    rl = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
          "Courier": ("Courier", "Courier-Bold")}[fam]
    return rl[1] if bold else rl[0], ("B" if bold else "")


def render(doc: Doc, path: Path, producer: str, title: str):
    n = len(doc.pages)
    if doc.footer:
        for i, p in enumerate(doc.pages):
            saved = doc.pages
            doc.pages = [p]
            doc.footer(doc, i + 1, n)
            doc.pages = saved
    core = doc.family in ("Helvetica", "Times", "Courier")
    if producer == "reportlab":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        if not core:
            for b in (False, True):
                nm = doc.family + ("-B" if b else "")
                try:
                    pdfmetrics.getFont(nm)
                except KeyError:
                    pdfmetrics.registerFont(TTFont(nm, _ttf(doc.family, b)))

        def fname(b):
            return _core(doc.family, b)[0] if core else doc.family + ("-B" if b else "")

        c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
        c.setTitle(title)
        for p in doc.pages:
            for op in p:
                if op[0] == "t":
                    _, x, y, s, b, sz, al = op
                    c.setFont(fname(b), sz)
                    if al == "r":
                        c.drawRightString(x, doc.H - y, s)
                    elif al == "c":
                        c.drawCentredString(x, doc.H - y, s)
                    else:
                        c.drawString(x, doc.H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, doc.H - y1, x2, doc.H - y2)
                elif op[0] == "r":
                    _, x, y, w, h, fill, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, doc.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()
    else:
        from fpdf import FPDF
        from eobgen import FIXED_WHEN
        pdf = FPDF(orientation="L" if doc.landscape else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        if not core:
            pdf.add_font(doc.family, "", _ttf(doc.family, False))
            pdf.add_font(doc.family, "B", _ttf(doc.family, True))
        fam = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}.get(doc.family, doc.family)
        for p in doc.pages:
            pdf.add_page()
            for op in p:
                if op[0] == "t":
                    _, x, y, s, b, sz, al = op
                    pdf.set_font(fam, "B" if b else "", sz)
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                elif op[0] == "r":
                    _, x, y, w, h, fill, lw = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))
    return n


# ------------------------------------------------------------------------------------------- self-check

def _money_forms(a: str) -> set[str]:
    d = Decimal(a)
    v = abs(d)
    plain, comma = f"{v:.2f}", f"{v:,.2f}"
    out = set()
    for b in {plain, comma, "$" + plain, "$" + comma}:
        if d < 0:
            out |= {"-" + b, f"({b})", b + "-", b + "CR"}
            if b.startswith("$"):
                out.add("-" + b)
                out.add("$-" + b[1:])
        else:
            out.add(b)
    return out


def _date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    return {d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}", f"{d:%b} {d.day}", d.strftime("%m-%d-%Y"),
            d.strftime("%m-%d-%y"), d.isoformat(), f"{d.month}/{d.day}/{d:%y}", d.strftime("%d-%b-%Y").upper(),
            f"{d:%B} {d.day}, {d.year}", d.strftime("%m/%d")}


def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        for r in rows:
            if abs(r[0]["bottom"] - w["bottom"]) <= 2.0:
                r.append(w)
                break
        else:
            rows.append([w])
    return [" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for r in rows]


def _has(row: str, forms: set[str]) -> bool:
    toks = row.split()
    for f in forms:
        if " " in f:
            if f in row:
                return True
        elif f in toks:
            return True
        elif any(t.strip(",;:") == f for t in toks):
            return True
    return False


def check_folder(folder: Path, meta: dict[str, dict]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    for name, flags in meta.items():
        pdfp = folder / name
        tp = Path(str(pdfp) + ".truth.json")
        if not pdfp.exists() or not tp.exists():
            errs.append(f"{name}: missing pdf or truth")
            continue
        tr = json.loads(tp.read_text())
        with pdfplumber.open(pdfp) as pdf:
            if len(pdf.pages) != tr["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != truth {tr['pages']}")
            rows = [_rows(p) for p in pdf.pages]
            texts = [p.extract_text() or "" for p in pdf.pages]
        alltext = re.sub(r"\s+", " ", " ".join(texts))
        for i, ln in enumerate(tr["lines"]):
            tag = f"{name} line {i} ({ln['code']} {ln['service_date']})"
            pg = ln["page"]
            cand = []
            for r in rows[pg - 1]:
                if ln["code"] and ln["code"] not in r:
                    continue
                if not _has(r, _date_forms(ln["service_date"])) and not any(
                        f in r for f in _date_forms(ln["service_date"]) if len(f) >= 5):
                    continue
                cand.append(r)
            ok_row = None
            for r in cand:
                good = True
                for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                          "not_covered", "discount"):
                    if ln.get(k) is not None and not _has(r, _money_forms(ln[k])):
                        good = False
                if ln["units"] is not None:
                    u = Decimal(ln["units"])
                    forms = {ln["units"], f"{u:.1f}", f"{u:.2f}", f"{u:.3f}", f"-{abs(u)}" if u < 0 else ln["units"]}
                    if not _has(r, forms):
                        good = False
                for m in ln["modifiers"]:
                    if m not in r:
                        good = False
                for g, c, a in ln["adjustments"]:
                    if not re.search(rf"{g}\s*[-/:]?\s*{c}\b", r):
                        good = False
                    if a is not None and not (_has(r, _money_forms(a)) or any(f in r for f in _money_forms(a))):
                        good = False
                for rm in ln["remarks"]:
                    if not re.search(rf"(?<![A-Z0-9]){re.escape(rm)}(?![A-Z0-9])", r):
                        good = False
                if good:
                    ok_row = r
                    break
            if ok_row is None:
                errs.append(f"{tag}: no single row on page {pg} carries all its values; candidates={cand[:3]}")
            if ln["service_end"] and not any(_has(r, _date_forms(ln["service_end"])) or any(
                    f in r for f in _date_forms(ln["service_end"]) if len(f) >= 6) for r in cand):
                errs.append(f"{tag}: service_end not on the row")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in alltext:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document text")
            if ln.get("description"):
                for wd in ln["description"].split():
                    if wd not in alltext:
                        errs.append(f"{tag}: description word {wd!r} missing")
            # arithmetic on the line
            D = lambda k: Decimal(ln[k]) if ln.get(k) is not None else None  # noqa: E731
            if flags.get("all_adj") and ln["billed"] and ln["paid"] is not None:
                s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal("0"))
                if D("billed") - s != D("paid"):
                    errs.append(f"{tag}: billed - adjustments {D('billed') - s} != paid {ln['paid']}")
            denied_unprinted = ln["not_covered"] is None and ln["allowed"] is not None and not Decimal(ln["allowed"])
            if flags.get("member") and ln["allowed"] is not None and not denied_unprinted:
                a = D("billed") - (D("discount") or 0) - (D("not_covered") or 0)
                if a != D("allowed"):
                    errs.append(f"{tag}: billed - discount - not covered {a} != allowed {ln['allowed']}")
                p = D("allowed") - (D("deductible") or 0) - (D("copay") or 0) - (D("coinsurance") or 0)
                if ln["paid"] is not None and p != D("paid"):
                    errs.append(f"{tag}: allowed - member share {p} != paid {ln['paid']}")
        # claim totals
        planted = " ".join(tr["expected_findings"])
        for cl in tr["claims"]:
            for k, v in (cl.get("totals") or {}).items():
                if v is None:
                    continue
                ls = [ln for ln in tr["lines"] if ln["payer_claim_id"] == cl["payer_claim_id"]
                      and ln["claim_id"] == cl["claim_id"] and ln["patient"] == cl["patient"]]
                if any(ln.get(k) is None for ln in ls):
                    continue
                s = sum((Decimal(ln[k]) for ln in ls), Decimal("0"))
                if not any(v in r or f"{abs(Decimal(v)):,.2f}" in r for rr in rows for r in rr):
                    errs.append(f"{name} claim {cl['payer_claim_id'] or cl['claim_id']}: total {k} {v} not printed")
                mism = s != Decimal(v)
                declared = f"claim {cl['payer_claim_id'] or cl['claim_id']}:" in planted and v in planted
                if mism and not declared:
                    errs.append(f"{name} claim {cl['payer_claim_id'] or cl['claim_id']}: {k} lines {s} != total {v}")
                if declared and not mism:
                    errs.append(f"{name}: planted mismatch is not a mismatch")
    return errs


if __name__ == "__main__":
    print("use make_heldout176_pdfs.py --check")
