"""Small drawing kit for bench/heldout92: a page-op recorder with pagination, two renderers (reportlab and
fpdf2) and the --check routines (text-layer rows via pdfplumber, arithmetic). Tests the factory only."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf", "DejaVu-B": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuCond": "dejavu/DejaVuSansCondensed.ttf", "DejaVuCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": "dejavu/DejaVuSansMono.ttf", "DejaVuMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica": "Helvetica", "Helvetica-B": "Helvetica-Bold", "Times": "Times-Roman",
           "Times-B": "Times-Bold", "Courier": "Courier", "Courier-B": "Courier-Bold"}


class Doc:
    """Records text / rule / box ops per page, top-left origin in points, with a flowing cursor."""

    def __init__(self, w: float, h: float, top: float, bottom: float, font: str, size: float):
        self.w, self.h, self.top, self.bottom = w, h, top, bottom
        self.font, self.size = font, size
        self.pages: list[list[tuple]] = []
        self.y = 0.0
        self.on_new_page = None  # callback(doc) drawing the page head (and repeated column heads)
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.on_new_page:
            self.on_new_page(self)

    def ensure(self, need: float) -> bool:
        if self.y + need > self.h - self.bottom:
            self.new_page()
            return True
        return False

    def text(self, x: float, s: str, font: str | None = None, size: float | None = None, align: str = "L",
             y: float | None = None) -> None:
        self.pages[-1].append(("t", x, self.y if y is None else y, s, font or self.font, size or self.size, align))

    def rule(self, x1, y1, x2, y2, width=0.5) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, width))

    def box(self, x, y, w, h, fill=None, width=0.5) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, width))

    def row(self, cols: list[tuple[float, str, str]], values: list[str], font=None, size=None) -> None:
        for (x, align, _), v in zip(cols, values):
            if v:
                self.text(x, v, font, size, align)

    def down(self, dy: float) -> None:
        self.y += dy


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1)
    c.setTitle(title)
    done: dict[str, str] = {}

    def fname(f: str) -> str:
        if f in CORE_RL:
            return CORE_RL[f]
        if f not in done:
            pdfmetrics.registerFont(TTFont("H92" + f, FONTDIR + TTF[f]))
            done[f] = "H92" + f
        return done[f]

    for ops in doc.pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, f, sz, al = op
                c.setFont(fname(f), sz)
                if al == "R":
                    c.drawRightString(x, doc.h - y, s)
                elif al == "C":
                    c.drawCentredString(x, doc.h - y, s)
                else:
                    c.drawString(x, doc.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, wd = op
                c.setLineWidth(wd)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, fill, wd = op
                c.setLineWidth(wd)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str, when) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(when)
    pdf.set_title(title)
    added: set[str] = set()

    def setf(f: str, sz: float) -> None:
        core = {"Helvetica": ("helvetica", ""), "Helvetica-B": ("helvetica", "B"), "Times": ("times", ""),
                "Times-B": ("times", "B"), "Courier": ("courier", ""), "Courier-B": ("courier", "B")}
        if f in core:
            pdf.set_font(core[f][0], core[f][1], sz)
            return
        fam = "h92" + f.replace("-", "").lower()
        if f not in added:
            pdf.add_font(fam, "", FONTDIR + TTF[f])
            added.add(f)
        pdf.set_font(fam, "", sz)

    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, f, sz, al = op
                setf(f, sz)
                wd = pdf.get_string_width(s)
                xx = x - wd if al == "R" else (x - wd / 2 if al == "C" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, wd = op
                pdf.set_line_width(wd)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, wd = op
                pdf.set_line_width(wd)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))


def wrap(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out or [""]


# ------------------------------------------------------------------------------------------------ check

def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list] = []
    for w in words:
        if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _amt_in(a: str, text: str) -> bool:
    d = abs(Decimal(a))
    forms = {f"{d:,.2f}", f"{d:.2f}"}
    return any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?!\d)", text) for f in forms)


def _date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    return {d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%Y"), d.strftime("%m%d%y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%y"), d.strftime("%m-%d-%Y"),
            f"{d:%b} {d.day}", f"{d.month}/{d.day}/{d:%y}", d.strftime("%d %b %Y"), d.strftime("%Y%m%d")}


def _units_in(u: str, text: str) -> bool:
    d = Decimal(u)
    forms = {u, f"{d:.1f}", f"{d:.2f}", f"{d:.3f}"}
    toks = set(re.split(r"[\s|]+", text))
    return bool(forms & toks)


AMTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
        "discount")


def check_file(pdf: Path, min_pages: int = 1) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    t = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(pdf) as p:
        pages_rows = [_rows(pg) for pg in p.pages]
        if len(p.pages) != t["pages"]:
            errs.append(f"page count {len(p.pages)} != {t['pages']}")
    alltext = "\n".join("\n".join(r) for r in pages_rows)
    used: set[tuple[int, int]] = set()
    for i, ln in enumerate(t["lines"]):
        pg = ln["page"] - 1
        rows = pages_rows[pg]
        cands = []
        for ri, r in enumerate(rows):
            if (pg, ri) in used or ln["code"] not in r:
                continue
            if not any(f in r for f in _date_forms(ln["service_date"])):
                continue
            ok = all(_amt_in(ln[k], r) for k in AMTS if ln[k] is not None)
            ok = ok and (ln["units"] is None or _units_in(ln["units"], r))
            ok = ok and all(m in r for m in ln["modifiers"])
            ok = ok and (ln["service_end"] is None or any(f in r for f in _date_forms(ln["service_end"])))
            if ok:
                cands.append(ri)
        if not cands:
            errs.append(f"line {i} ({ln['code']} {ln['service_date']} p{ln['page']}): no row holds its values")
            continue
        ri = cands[0]
        used.add((pg, ri))
        block = " ".join(rows[ri:ri + 5])
        for g, c, a in ln["adjustments"]:
            if not re.search(rf"{g}\s*-?\s*{c}(?!\d)", block) or (a is not None and not _amt_in(a, block)):
                errs.append(f"line {i}: adjustment {g}-{c} {a} not on its row")
        for rm in ln["remarks"]:
            if not re.search(rf"(?<![\w]){re.escape(rm)}(?![\w])", block):
                errs.append(f"line {i}: remark {rm} not on its row")
        before = "\n".join("\n".join(r) for r in pages_rows[:pg + 1])
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in before:
                errs.append(f"line {i}: {k} {ln[k]!r} not printed on or before its page")
        errs += arithmetic(i, ln)
    # claim totals
    for c in t["claims"]:
        mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not _amt_in(v, alltext):
                errs.append(f"claim {c['payer_claim_id']} total {k} {v} not printed")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
            if s != Decimal(v):
                if any(str(c["payer_claim_id"]) in f for f in t["expected_findings"]):
                    c["_hit"] = True
                else:
                    errs.append(f"claim {c['payer_claim_id']} total {k}: printed {v} lines {s}")
        for f in t["expected_findings"]:
            if str(c["payer_claim_id"]) in f and not c.get("_hit"):
                errs.append(f"planted mismatch for {c['payer_claim_id']} does not hold")
    for f in t["expected_findings"]:
        if "claim-total-mismatch" not in f:
            errs.append(f"unknown finding {f}")
    if t["pages"] < min_pages:
        errs.append("too few pages")
    return errs


def arithmetic(i: int, ln: dict) -> list[str]:
    D = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
    errs = []
    b, al, pd = D("billed"), D("allowed"), D("paid")
    if b is not None and al is not None and ln["discount"] is not None:
        if b - D("discount") - (D("not_covered") or 0) != al:
            errs.append(f"line {i}: billed - discount - not covered != allowed")
    shares = [D(k) for k in ("deductible", "copay", "coinsurance") if ln[k] is not None]
    if al is not None and pd is not None and shares:
        seq = sum((Decimal(a) for g, c, a in ln["adjustments"] if c == "253" and a), Decimal(0))
        if al - sum(shares) - seq != pd:
            errs.append(f"line {i}: allowed - shares != paid")
    if ln["adjustments"] and b is not None and pd is not None and all(a for _, _, a in ln["adjustments"]):
        if b - sum(Decimal(a) for _, _, a in ln["adjustments"]) != pd:
            errs.append(f"line {i}: billed - adjustments != paid")
    if al is None and b is not None and pd is not None and ln["discount"] is not None and ln["patient_owes"]:
        if b - D("discount") - pd != D("patient_owes"):
            errs.append(f"line {i}: charge - adj - ins paid != balance")
    return errs
