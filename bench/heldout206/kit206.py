"""Small drawing layer for set 206: one page model (text / rules / boxes, y measured from the top, baselines),
two renderers (reportlab, fpdf2), row registration for the self-check, and the self-check itself."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans",
    "LiberationSansNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


def _ttf_files(fam: str) -> tuple[str, str]:
    base = TTF[fam]
    if fam.startswith("Liberation"):
        return base + "-Regular.ttf", base + "-Bold.ttf"
    return base + ".ttf", base + "-Bold.ttf"


_registered: set[str] = set()


def rl_font(fam: str, bold: bool) -> str:
    if fam in CORE_RL:
        return CORE_RL[fam][1 if bold else 0]
    name = fam + ("-B" if bold else "")
    if name not in _registered:
        reg, bld = _ttf_files(fam)
        pdfmetrics.registerFont(TTFont(name, bld if bold else reg))
        _registered.add(name)
    return name


def width(s: str, fam: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_font(fam, bold), size)


@dataclass
class Page:
    items: list = field(default_factory=list)

    def text(self, x, y, s, size=8.0, bold=False, align="l"):
        self.items.append(("t", x, y, str(s), size, bold, align))

    def rule(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        self.items.append(("l", x1, y1, x2, y2, w, gray))

    def box(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.items.append(("r", x, y, w, h, fill, stroke, lw))


@dataclass
class Doc:
    w: float
    h: float
    fam: str
    pages: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # (page_no, y, tokens, line_index)

    def new_page(self) -> Page:
        p = Page()
        self.pages.append(p)
        return p

    @property
    def pno(self) -> int:
        return len(self.pages)

    def reg(self, y: float, tokens: dict) -> None:
        """Register the printed strings of the truth line about to be appended (same order as truth lines)."""
        self.rows.append((self.pno, y, tokens))

    def tw(self, s, size, bold=False):
        return width(s, self.fam, size, bold)

    # ------------------------------------------------------------------ renderers
    def render(self, path: Path, producer: str, title: str) -> None:
        (self._rl if producer == "reportlab" else self._fpdf)(path, title)

    def _rl(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        c.setAuthor("set 206 factory")
        for p in self.pages:
            for it in p.items:
                if it[0] == "t":
                    _, x, y, s, size, bold, align = it
                    c.setFillGray(0)
                    c.setFont(rl_font(self.fam, bold), size)
                    yy = self.h - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w, gray = it
                    c.setLineWidth(w)
                    c.setStrokeGray(gray)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = it
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _fpdf(self, path: Path, title: str) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_author("set 206 factory")
        if self.fam in CORE_RL:
            fam = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}[self.fam]
        else:
            fam = self.fam
            reg, bld = _ttf_files(self.fam)
            pdf.add_font(fam, "", reg)
            pdf.add_font(fam, "B", bld)
        for p in self.pages:
            pdf.add_page()
            for it in p.items:
                if it[0] == "t":
                    _, x, y, s, size, bold, align = it
                    pdf.set_font(fam, "B" if bold else "", size)
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    pdf.set_text_color(0)
                    pdf.text(xx, y, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w, gray = it
                    pdf.set_line_width(w)
                    pdf.set_draw_color(int(gray * 255))
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = it
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(0)
                    style = ""
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style += "F"
                    if stroke:
                        style += "D"
                    pdf.rect(x, y, w, h, style=style if style != "FD" else "DF")
        pdf.output(str(path))

    def stamp_pages(self, fmt: str, x: float, y: float, size=7.0, align="r") -> None:
        n = len(self.pages)
        for i, p in enumerate(self.pages, 1):
            p.text(x, y, fmt.format(i=i, n=n), size, False, align)


class Flow:
    """Vertical cursor with page breaks; on_new(page, doc) draws page furniture and returns the starting y."""

    def __init__(self, doc: Doc, bottom: float, on_new):
        self.doc, self.bottom, self.on_new = doc, bottom, on_new
        self.page = doc.new_page()
        self.y = on_new(self.page, doc, True)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.page = self.doc.new_page()
            self.y = self.on_new(self.page, self.doc, False)
            return True
        return False


def wrap(s: str, maxw: float, fam: str, size: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and width(t, fam, size) > maxw:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------------------------------- self-check

def parse_money(s: str) -> Decimal:
    t = s.strip().replace("$", "").replace(",", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") or t.endswith("CR"):
        neg, t = True, t.rstrip("-").replace("CR", "").strip()
    if t.startswith("-"):
        neg, t = True, t[1:]
    d = Decimal(t)
    return -d if neg else d


DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%m%d%y", "%m%d%Y", "%b %d, %Y", "%B %d, %Y", "%Y-%m-%d", "%d-%b-%Y",
                "%m-%d-%Y", "%m-%d-%y", "%d%b%y", "%b %d %Y")


def parse_date(s: str) -> date:
    for f in DATE_FORMATS:
        try:
            return datetime.strptime(s.strip(), f).date()
        except ValueError:
            pass
    raise ValueError(f"unparseable date {s!r}")


def parse_adj(s: str):
    m = re.match(r"^\s*([A-Z]{2})\s*[-/ ]?\s*([A-Z0-9]{1,4})\s+(\(?-?\$?[\d,]+\.\d\d\)?-?)\s*$", s)
    if not m:
        raise ValueError(f"unparseable adjustment {s!r}")
    return m.group(1), m.group(2), str(parse_money(m.group(3)))


def check_file(pdf_path: Path, rows: list, all_adjs_printed: bool) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    lines = truth["lines"]
    if len(rows) != len(lines):
        errs.append(f"{len(rows)} registered rows vs {len(lines)} truth lines")
        return errs
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != truth["pages"]:
            errs.append(f"pages {len(pdf.pages)} != truth {truth['pages']}")
        ptext = [p.extract_text() or "" for p in pdf.pages]
        plines = [p.extract_text_lines() for p in pdf.pages]
    doc_text = "\n".join(ptext)
    for ln, (pno, y, tok) in zip(lines, rows):
        where = f"line p{pno} {ln['code']} {ln['service_date']}"
        if ln["page"] != pno:
            errs.append(f"{where}: page {ln['page']} != drawn on {pno}")
            continue
        cands = [tl for tl in plines[pno - 1] if abs(tl["bottom"] - y) < 4.5]
        row_text = " ".join(tl["text"] for tl in cands)
        for k, v in tok.items():
            vals = v if isinstance(v, list) else [v]
            for s in vals:
                if isinstance(s, tuple):  # printed on a follow-on text line of the same service
                    s, yy = s
                    rt = " ".join(tl["text"] for tl in plines[pno - 1] if abs(tl["bottom"] - yy) < 4.5)
                else:
                    rt = row_text
                if " ".join(s.split()) not in " ".join(rt.split()):
                    errs.append(f"{where}: {k} {s!r} not on its text row {rt!r}")
        # every printed truth value has a token and the token means the truth value
        if ln["service_date"] is not None:
            if "service_date" not in tok or parse_date(tok["service_date"]).isoformat() != ln["service_date"]:
                errs.append(f"{where}: date token {tok.get('service_date')!r}")
        if ln["service_end"] is not None:
            if "service_end" not in tok or parse_date(tok["service_end"]).isoformat() != ln["service_end"]:
                errs.append(f"{where}: end token")
        if ln["code"] is not None and ln["code"] not in tok.get("code", ""):
            errs.append(f"{where}: code token")
        for m in ln["modifiers"]:
            if m not in tok.get("mods", ""):
                errs.append(f"{where}: modifier {m} not printed")
        if ln["units"] is not None:
            if "units" not in tok or str(Decimal(tok["units"]).normalize()) != ln["units"] and \
                    format(Decimal(tok["units"]).normalize(), "f") != ln["units"]:
                errs.append(f"{where}: units token {tok.get('units')!r} vs {ln['units']}")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln.get(k) is not None:
                if k not in tok or str(parse_money(tok[k]).quantize(Decimal('0.01'))) != ln[k]:
                    errs.append(f"{where}: {k} token {tok.get(k)!r} vs {ln[k]}")
        adj_tokens = tok.get("adj", [])
        got = sorted(parse_adj(a[0] if isinstance(a, tuple) else a) for a in adj_tokens)
        want = sorted((g, c, a) for g, c, a in ln["adjustments"])
        if got != want:
            errs.append(f"{where}: adjustments {got} vs {want}")
        for r in ln["remarks"]:
            if r not in tok.get("remarks", []):
                errs.append(f"{where}: remark {r} not registered")
        if all_adjs_printed and ln["adjustments"] and ln["paid"] is not None and ln["billed"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{where}: billed - adjustments != paid")
    # claims
    planted = " ".join(truth["expected_findings"])
    for cl in truth["claims"]:
        for k in ("claim_id", "payer_claim_id", "patient"):
            if cl[k] is not None and cl[k] not in doc_text:
                errs.append(f"claim {cl}: {k} {cl[k]!r} not in text")
        mine = [ln for ln in lines if ln["payer_claim_id"] == cl["payer_claim_id"] and ln["claim_id"] == cl["claim_id"]
                and ln["patient"] == cl["patient"]]
        if not mine:
            errs.append(f"claim {cl['payer_claim_id']} has no lines")
        for k, v in cl["totals"].items():
            if v is None:
                continue
            vals = [ln[k] for ln in mine]
            if any(x is None for x in vals):
                errs.append(f"claim {cl['payer_claim_id']}: total {k} printed but lines do not print it")
                continue
            s = sum((Decimal(x) for x in vals), Decimal(0))
            mism = str(s) != v
            tag = cl["payer_claim_id"] or cl["claim_id"]
            if mism and tag not in planted:
                errs.append(f"claim {tag}: total {k} {v} != lines {s}")
            if not mism and tag in planted and k in planted:
                pass
            if mism and tag in planted and v not in planted:
                errs.append(f"claim {tag}: planted mismatch not described")
            tv = money_variants(Decimal(v))
            if not any(t in doc_text for t in tv):
                errs.append(f"claim {tag}: total {k} {v} not printed")
    for f in truth["expected_findings"]:
        m = re.search(r"claim (\S+):", f)
        if m and not any((c["payer_claim_id"] or c["claim_id"]) == m.group(1) for c in truth["claims"]):
            errs.append(f"finding names unknown claim: {f}")
    return errs


def money_variants(d: Decimal) -> list[str]:
    a = abs(d)
    bodies = [f"{a:,.2f}", f"{a:.2f}"]
    out = []
    for b in bodies:
        if d < 0:
            out += ["-" + b, "-$" + b, f"({b})", f"(${b})", b + "-", "$" + b + "-"]
        else:
            out += [b, "$" + b]
    return out
