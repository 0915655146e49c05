"""Small drawing kit for set 129: a page-op list rendered by reportlab or fpdf2, and the factory self-check."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "libserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                 "liberation/LiberationSerif-Italic.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                "liberation/LiberationSans-Italic.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                  "liberation/LiberationSansNarrow-Italic.ttf"),
    "libmono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                "liberation/LiberationMono-Italic.ttf"),
    "djserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "djcond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
               "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "djmono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf"),
}
CORE = {"helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
        "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
        "times": ("Times-Roman", "Times-Bold", "Times-Italic")}
STYLES = ("r", "b", "i")


def rl_name(family: str, style: str) -> str:
    i = STYLES.index(style)
    if family in CORE:
        return CORE[family][i]
    name = f"h129{family}{style}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONTDIR / FAMILIES[family][i])))
    return name


class Doc:
    """Pages of drawing ops in points, origin top-left, y = text baseline."""

    def __init__(self, family: str, landscape: bool = False, top: float = 40, bottom: float = 40):
        self.family = family
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.pages: list[list[tuple]] = []
        self.top, self.bottom = top, bottom
        self.y = top
        self.on_break = None  # callable(doc) drawing the continuation head on a fresh page
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def width(self, s: str, style: str = "r", size: float = 8) -> float:
        return pdfmetrics.stringWidth(s, rl_name(self.family, style), size)

    def text(self, x: float, s: str, style: str = "r", size: float = 8, align: str = "l", y: float | None = None,
             gray: float = 0) -> None:
        yy = self.y if y is None else y
        if align == "r":
            x -= self.width(s, style, size)
        elif align == "c":
            x -= self.width(s, style, size) / 2
        self.pages[-1].append(("t", x, yy, s, style, size, gray))

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, gray: float = 0) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def hrule(self, dy: float = 0, lw: float = 0.5, x1: float | None = None, x2: float | None = None,
              gray: float = 0) -> None:
        self.line(x1 if x1 is not None else 36, self.y + dy, x2 if x2 is not None else self.w - 36, self.y + dy,
                  lw, gray)

    def need(self, h: float) -> bool:
        """Start a new page (and draw the continuation head) when h more points would not fit."""
        if self.y + h > self.h - self.bottom:
            self.new_page()
            if self.on_break:
                self.on_break(self)
            return True
        return False

    def adv(self, dy: float) -> None:
        self.y += dy


class Table:
    """Columns as (heading, x, align); x is the left edge for 'l', the right edge for 'r', the centre for 'c'."""

    def __init__(self, doc: Doc, cols: list[tuple[str, float, str]], size: float = 7.5, lead: float = 10.5):
        self.doc, self.cols, self.size, self.lead = doc, cols, size, lead

    def head(self, style: str = "b", rule: bool = True, fill: float | None = None) -> None:
        d = self.doc
        nl = max(len(h.split("\n")) for h, _, _ in self.cols)
        hh = nl * (self.size + 1.5) + 3
        if fill is not None:
            d.rect(30, d.y - self.size - 1, d.w - 60, hh, fill=fill, stroke=False)
        for h, x, a in self.cols:
            parts = h.split("\n")
            off = nl - len(parts)
            for i, p in enumerate(parts):
                d.text(x, p, style, self.size, a, y=d.y + (off + i) * (self.size + 1.5))
        d.adv(hh - self.size + self.lead - 2)
        if rule:
            d.hrule(-self.size - 1.5)

    def row(self, cells: list[str], style: str = "r", gray: float = 0) -> None:
        d = self.doc
        for c, (_, x, a) in zip(cells, self.cols):
            if c:
                d.text(x, c, style, self.size, a, gray=gray)
        d.adv(self.lead)


# ---------------------------------------------------------------------------------------------- render

def render_rl(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    c.setAuthor("synthetic")
    for ops in doc.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, st, sz, g = op
                c.setFillGray(g)
                c.setFont(rl_name(doc.family, st), sz)
                c.drawString(x, doc.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw, g = op
                c.setStrokeGray(g)
                c.setLineWidth(lw)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, fill, stroke, lw = op
                c.setLineWidth(lw)
                c.setStrokeGray(0)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, doc.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str, when) -> None:
    from fpdf import FPDF
    pdf = FPDF(orientation="L" if doc.landscape else "P", unit="pt", format="letter")
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author("synthetic")
    pdf.set_auto_page_break(False)
    fam = doc.family
    if fam in CORE:
        fname = {"helvetica": "helvetica", "courier": "courier", "times": "times"}[fam]
        smap = {"r": "", "b": "B", "i": "I"}
    else:
        fname = "h129" + fam
        smap = {"r": "", "b": "B", "i": "I"}
        for st, rel in zip(STYLES, FAMILIES[fam]):
            pdf.add_font(fname, smap[st], str(FONTDIR / rel))
    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, st, sz, g = op
                pdf.set_text_color(int(255 * g))
                pdf.set_font(fname, smap[st], sz)
                pdf.text(x, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw, g = op
                pdf.set_draw_color(int(255 * g))
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, stroke, lw = op
                pdf.set_draw_color(0)
                pdf.set_line_width(lw)
                style = ("D" if stroke else "") + ("F" if fill is not None else "")
                if fill is not None:
                    pdf.set_fill_color(int(255 * fill))
                pdf.rect(x, y, w, h, style=style or "D")
        pdf.set_text_color(0)
    pdf.output(str(path))


# ----------------------------------------------------------------------------------------------- check

def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list[dict]] = []
    for w in words:
        if rows and abs(rows[-1][0]["top"] - w["top"]) < 2.0:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for r in rows]


def has(tok: str, text: str) -> bool:
    return re.search(r"(?<![\w.,$])" + re.escape(tok) + r"(?![\w.,])", text) is not None \
        if tok[:1].isalnum() or tok[:1] in "$(-" else tok in text


def check_file(pdf: Path, fmt: dict) -> list[str]:
    """fmt: callables turning truth values into printed tokens: date(line)->str, code(line)->[str], units(str)->str,
    money(str)->str, adj(g,c,a)->[str], rem(str)->str; flags: adj_complete, cost_share, totals_fields."""
    import pdfplumber
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(str(pdf)) as p:
        if len(p.pages) != truth["pages"]:
            errs.append(f"pages {len(p.pages)} != {truth['pages']}")
        rows = [_rows(pg) for pg in p.pages]
        alltext = " ".join(" ".join(r) for r in rows)
    norm = re.sub(r"\s+", " ", alltext)
    for i, ln in enumerate(truth["lines"]):
        pr = rows[ln["page"] - 1]
        toks = [fmt["date"](ln)] + fmt["code"](ln)
        if ln["units"] is not None:
            toks.append(fmt["units"](ln["units"]))
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln.get(k) is not None:
                toks.append(fmt["money"](ln[k]))
        hits = [j for j, r in enumerate(pr) if all(has(t, r) for t in toks)]
        if not hits:
            errs.append(f"line {i} ({ln['code']} {ln['service_date']}): no row on page {ln['page']} with {toks}")
            continue
        block_ok = False
        for j in hits:
            block = " | ".join(pr[j:j + 4])
            extra = [t for g, c, a in ln["adjustments"] for t in fmt["adj"](g, c, a)] + \
                [fmt["rem"](r) for r in ln["remarks"]]
            if all(has(t, block) for t in extra):
                block_ok = True
        if not block_ok:
            errs.append(f"line {i}: adjustments/remarks not beside the row: {ln['adjustments']} {ln['remarks']}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in norm:
                errs.append(f"line {i}: {k} {ln[k]!r} not in text")
        D = lambda k: Decimal(ln[k]) if ln.get(k) is not None else Decimal(0)  # noqa: E731
        if fmt.get("adj_complete") and ln["paid"] is not None:
            if D("billed") - sum(Decimal(a) for _, _, a in ln["adjustments"]) != D("paid"):
                errs.append(f"line {i}: billed - adjustments != paid")
        if fmt.get("cost_share") and ln["allowed"] is not None and ln["paid"] is not None:
            if D("allowed") - D("deductible") - D("copay") - D("coinsurance") != D("paid"):
                errs.append(f"line {i}: allowed - cost share != paid")
            if ln.get("discount") is not None and D("billed") - D("discount") - D("not_covered") != D("allowed"):
                errs.append(f"line {i}: billed - discount - not covered != allowed")
    planted = {(f["claim_id"], f["payer_claim_id"], f["field"]) for f in truth["expected_findings"]}
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if fmt["money"](v) not in norm:
                errs.append(f"claim {c['claim_id']} total {k} {v} not printed")
            if all(ln[k] is None for ln in mine):
                continue  # a claim-level figure only (e.g. PT RESP), no per-line values to sum
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
            if (s != Decimal(v)) != ((c["claim_id"], c["payer_claim_id"], k) in planted):
                errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} {k}: lines {s} vs printed {v}")
    return errs
