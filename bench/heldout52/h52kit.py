"""Small helpers for bench/heldout52: one top-origin drawing API over reportlab and fpdf2, a truth collector,
and the --check reader (pdfplumber). Written without looking at the reader."""
from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen as G  # noqa: E402

TTF = {
    "LibSans": "liberation/LiberationSans-{}.ttf", "LibSansNarrow": "liberation/LiberationSansNarrow-{}.ttf",
    "LibSerif": "liberation/LiberationSerif-{}.ttf", "LibMono": "liberation/LiberationMono-{}.ttf",
    "DVSans": "dejavu/DejaVuSans{}.ttf", "DVSansCond": "dejavu/DejaVuSansCondensed{}.ttf",
    "DVSerif": "dejavu/DejaVuSerif{}.ttf", "DVSerifCond": "dejavu/DejaVuSerifCondensed{}.ttf",
    "DVMono": "dejavu/DejaVuSansMono{}.ttf",
}
ROOT = Path("/usr/share/fonts/truetype")


def _ttf_path(fam: str, bold: bool) -> Path | None:
    pat = TTF[fam]
    if fam.startswith("Lib"):
        p = ROOT / pat.format("Bold" if bold else "Regular")
    else:
        p = ROOT / pat.format("-Bold" if bold else "")
    return p if p.exists() else None


FALLBACK = {"LibSans": "Helvetica", "LibSansNarrow": "Helvetica", "DVSans": "Helvetica", "DVSansCond": "Helvetica",
            "LibSerif": "Times", "DVSerif": "Times", "DVSerifCond": "Times", "LibMono": "Courier", "DVMono": "Courier"}


class Doc:
    """Coordinates in points, y measured from the TOP of the page; text y is the baseline."""

    def __init__(self, producer: str, landscape: bool = False, title: str = "EOB"):
        self.producer = producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages = 0
        self.fam, self.size, self.bold = "Helvetica", 9.0, False
        self._reg: set = set()
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self._path_tmp = None
            self.c = None
            self._canvas_mod = canvas
            self.title = title
        else:
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_creation_date(G.FIXED_WHEN)
            self.f.set_auto_page_break(False)
            self.f.set_title(title)
            self.f.set_margins(0, 0, 0)

    def start(self, path: Path):
        if self.producer == "reportlab":
            self.c = self._canvas_mod.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(self.title)
        self.path = path

    def new_page(self):
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.f.add_page()
        self.pages += 1

    def _fontname(self, fam: str, bold: bool) -> tuple[str, str]:
        core = fam in ("Helvetica", "Times", "Courier")
        if not core and _ttf_path(fam, bold) is None:
            fam, core = FALLBACK[fam], True
        if self.producer == "reportlab":
            if core:
                base = {"Helvetica": "Helvetica", "Times": "Times-Roman", "Courier": "Courier"}[fam]
                if bold:
                    base = {"Helvetica": "Helvetica-Bold", "Times": "Times-Bold", "Courier": "Courier-Bold"}[fam]
                return base, ""
            name = fam + ("-B" if bold else "")
            if name not in self._reg:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                pdfmetrics.registerFont(TTFont(name, str(_ttf_path(fam, bold))))
                self._reg.add(name)
            return name, ""
        if core:
            return fam, "B" if bold else ""
        key = (fam, bold)
        if key not in self._reg:
            self.f.add_font(fam, "B" if bold else "", str(_ttf_path(fam, bold)))
            self._reg.add(key)
        return fam, "B" if bold else ""

    def font(self, fam: str, size: float, bold: bool = False):
        self.fam, self.size, self.bold = fam, size, bold
        name, style = self._fontname(fam, bold)
        if self.producer == "reportlab":
            self.c.setFont(name, size)
        else:
            self.f.set_font(name, style, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            return stringWidth(s, self._fontname(self.fam, self.bold)[0], self.size)
        return self.f.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l", color: float | None = None):
        if not s:
            return
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            if color is not None:
                self.c.setFillGray(color)
            self.c.drawString(x, self.H - y, s)
            if color is not None:
                self.c.setFillGray(0)
        else:
            if color is not None:
                self.f.set_text_color(int(color * 255))
            self.f.text(x, y, s)
            if color is not None:
                self.f.set_text_color(0)

    def line(self, x1, y1, x2, y2, w: float = 0.5, gray: float = 0.0):
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            self.f.set_line_width(w)
            self.f.set_draw_color(int(gray * 255))
            self.f.line(x1, y1, x2, y2)
            self.f.set_draw_color(0)

    def rect(self, x, y, w, h, fill: float | None = None, stroke: bool = True, lw: float = 0.5):
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            style = ("F" if fill is not None else "") + ("D" if stroke else "")
            if fill is not None:
                self.f.set_fill_color(int(fill * 255))
            self.f.rect(x, y, w, h, style=style or "D")
            self.f.set_fill_color(255)

    def save(self):
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))


def wrap(doc: Doc, s: str, width: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if doc.width(t) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Book:
    """Truth collector for one PDF, plus where each line's values were drawn (for --check only)."""

    def __init__(self, name: str, producer: str, description: str):
        self.name, self.producer, self.description = name, producer, description
        self.lines: list = []
        self.claims: list = []
        self.legend: list = []
        self.findings: list = []
        self.where: list = []   # per line: (page, [baseline ys], arithmetic-complete flag)

    def add(self, page: int, ys: list[float], s: G.Svc, *, full_adj: bool = False, **kw) -> dict:
        row = G.truth_line(page, s, description=False, **kw)
        self.lines.append(row)
        self.where.append({"page": page, "ys": list(ys), "full_adj": full_adj})
        return row

    def claim(self, claim_id, payer_claim_id, patient, **totals):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": G.claim_totals(**totals)})

    def write(self, pdf: Path, pages: int):
        G.write_truth(pdf, self.name, self.producer, pages, self.description, self.lines, self.claims,
                      self.legend, self.findings)


# ------------------------------------------------------------------------------------------ check

def _num(tok: str) -> Decimal | None:
    t = tok.replace("$", "").replace(",", "").strip("()*")
    if t.endswith("-"):
        t = "-" + t[:-1]
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    forms = [G.dfmt(d, s) for s in ("mdy2", "mdy4", "mdy6", "mdY8", "mon", "month", "mdyn", "iso", "dmy")]
    forms += [d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d:%b} {d.day:02d}, {d.year}",
              f"{d.month}/{d.day}/{d:%y}", d.strftime("%d %b %Y")]
    return forms


def check_file(pdf: Path, where: list) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(pdf) as p:
        if len(p.pages) != truth["pages"]:
            errs.append(f"page count {len(p.pages)} != {truth['pages']}")
        words = [pg.extract_words(keep_blank_chars=False, use_text_flow=False) for pg in p.pages]
        texts = [pg.extract_text() or "" for pg in p.pages]
    alltext = "\n".join(texts)
    mismatch_claims = " ".join(truth["expected_findings"])
    for i, (ln, w) in enumerate(zip(truth["lines"], where)):
        pg = ln["page"] - 1
        tag = f"line {i + 1} ({ln['code']} {ln['service_date']} p{ln['page']})"
        if pg != w["page"] - 1:
            errs.append(tag + " page disagreement")
        rows = []
        for y in w["ys"]:
            rw = [x for x in words[pg] if x["top"] - 0.5 <= y <= x["bottom"] + 0.5]
            rw.sort(key=lambda x: x["x0"])
            rows.append(" ".join(x["text"] for x in rw))
        main = rows[0]
        rowtext = " ".join(rows)
        toks = {_num(t) for t in rowtext.split()} - {None}
        atoks = {abs(x) for x in toks}
        if ln["code"] and ln["code"] not in main:
            errs.append(f"{tag}: code not on its row: {main!r}")
        for m in ln["modifiers"]:
            if m not in rowtext:
                errs.append(f"{tag}: modifier {m} not on row")
        if ln["units"] is not None and not any(t == Decimal(ln["units"]) for t in {_num(t) for t in main.split()} - {None}):
            errs.append(f"{tag}: units {ln['units']} not on row {main!r}")
        for k in G.AMOUNT_KEYS:
            v = ln.get(k)
            if v is not None and abs(Decimal(v)) not in atoks:
                errs.append(f"{tag}: {k} {v} not on row {rowtext!r}")
            if v is not None and Decimal(v) < 0 and Decimal(v) not in toks:
                errs.append(f"{tag}: negative {k} {v} not printed negative")
        if not any(f in rowtext for f in _date_forms(ln["service_date"])):
            errs.append(f"{tag}: date not on its rows {rows!r}")
        if ln["service_end"] and not any(f in rowtext for f in _date_forms(ln["service_end"])):
            errs.append(f"{tag}: end date not on rows")
        for g, c, a in ln["adjustments"]:
            if g not in rowtext or c not in rowtext or (a is not None and abs(Decimal(a)) not in atoks):
                errs.append(f"{tag}: adjustment {g}-{c} {a} not on rows {rowtext!r}")
        for r in ln["remarks"]:
            if r not in rowtext.replace(",", " ").split() and r not in rowtext:
                errs.append(f"{tag}: remark {r} not on rows")
        near = texts[pg] + (texts[pg - 1] if pg > 0 else "")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in near:
                errs.append(f"{tag}: {k} {ln[k]!r} not on this or the previous page")
        if w["full_adj"] and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments != paid")
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if v.replace("-", "") not in alltext.replace(",", "").replace("$", ""):
                errs.append(f"claim total {k} {v} not printed")
            if any(ln[k] is None for ln in mine):
                continue  # a claim-level figure the lines do not print: only checked for presence above
            s = sum((Decimal(ln[k]) for ln in mine), Decimal(0))
            planted = any(x and x in mismatch_claims for x in (c["payer_claim_id"], c["claim_id"]))
            if s != Decimal(v) and not planted:
                errs.append(f"claim {c['payer_claim_id'] or c['claim_id']} total {k} {v} != lines {s}")
            if planted and s == Decimal(v) and k in mismatch_claims:
                pass
        for k in ("claim_id", "payer_claim_id", "patient"):
            if c[k] is not None and c[k] not in alltext:
                errs.append(f"claim {k} {c[k]!r} not in document")
    return errs
