"""Small page model for set 37: layouts place text / boxes / rules on pages (top-left origin, points), then the
same pages are written by reportlab or by fpdf2. Also the factory self-check (text layer vs truth)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
TTF = {
    "dvserifc": (DV + "DejaVuSerifCondensed.ttf", DV + "DejaVuSerifCondensed-Bold.ttf"),
    "dvsans": (DV + "DejaVuSans.ttf", DV + "DejaVuSans-Bold.ttf"),
    "dvsansc": (DV + "DejaVuSansCondensed.ttf", DV + "DejaVuSansCondensed-Bold.ttf"),
    "dvserif": (DV + "DejaVuSerif.ttf", DV + "DejaVuSerif-Bold.ttf"),
    "dvmono": (DV + "DejaVuSansMono.ttf", DV + "DejaVuSansMono-Bold.ttf"),
    "lsans": (LB + "LiberationSans-Regular.ttf", LB + "LiberationSans-Bold.ttf"),
    "lserif": (LB + "LiberationSerif-Regular.ttf", LB + "LiberationSerif-Bold.ttf"),
    "lnarrow": (LB + "LiberationSansNarrow-Regular.ttf", LB + "LiberationSansNarrow-Bold.ttf"),
    "lmono": (LB + "LiberationMono-Regular.ttf", LB + "LiberationMono-Bold.ttf"),
}
CORE = {"helv": ("Helvetica", "Helvetica-Bold", "helvetica"), "times": ("Times-Roman", "Times-Bold", "times"),
        "courier": ("Courier", "Courier-Bold", "courier")}
_reg: set = set()


def rl_name(fam: str, bold: bool) -> str:
    if fam in CORE:
        return CORE[fam][1 if bold else 0]
    name = f"h37{fam}{'B' if bold else ''}"
    if name not in _reg:
        pdfmetrics.registerFont(TTFont(name, TTF[fam][1 if bold else 0]))
        _reg.add(name)
    return name


def width(s: str, fam: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(s, rl_name(fam, bold), size)


def wrap(s: str, fam: str, size: float, w: float, bold: bool = False) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, fam, size, bold) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    """Pages of items. ('t', x, y, text, fam, size, bold, align, gray) / ('r', x, y, w, h, fill, stroke) /
    ('l', x1, y1, x2, y2, lw)."""

    def __init__(self, w: float, h: float, fam: str, top: float, bottom: float, header=None, footer=None):
        self.W, self.H, self.fam, self.top, self.bottom = w, h, fam, top, bottom
        self.header, self.footer = header, footer
        self.pages: list[list] = []
        self.y = 0.0
        self.new_page()

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.header:
            self.header(self)

    def text(self, x, y, s, size=8.0, bold=False, align="L", fam=None, gray=0.0):
        self.pages[-1].append(("t", x, y, str(s), fam or self.fam, size, bold, align, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def room(self, h: float) -> bool:
        return self.y + h <= self.H - self.bottom

    def need(self, h: float) -> bool:
        if not self.room(h):
            self.new_page()
            return True
        return False

    def para(self, x, s, w, size=8.0, bold=False, lead=None, fam=None, gray=0.0):
        lead = lead or size * 1.25
        for ln in wrap(s, fam or self.fam, size, w, bold):
            self.need(lead)
            self.y += lead
            self.text(x, self.y, ln, size, bold, fam=fam, gray=gray)

    def finish(self) -> None:
        if self.footer:
            n = len(self.pages)
            for i, pg in enumerate(self.pages, 1):
                cur = self.pages
                self.pages = [pg]
                self.footer(self, i, n)
                self.pages = cur


def _x(it_x, s, fam, size, bold, align):
    if align == "R":
        return it_x - width(s, fam, size, bold)
    if align == "C":
        return it_x - width(s, fam, size, bold) / 2
    return it_x


def render_reportlab(doc: Doc, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.W, doc.H), invariant=1)
    c.setTitle(title)
    c.setAuthor("h37 synthetic")
    H = doc.H
    for pg in doc.pages:
        for it in pg:
            if it[0] == "r":
                _, x, y, w, h, fill, stroke, lw = it
                c.setLineWidth(lw)
                if fill is not None:
                    c.setFillGray(fill)
                c.rect(x, H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                c.setFillGray(0)
            elif it[0] == "l":
                _, x1, y1, x2, y2, lw = it
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
        for it in pg:
            if it[0] == "t":
                _, x, y, s, fam, size, bold, align, gray = it
                c.setFillGray(gray)
                c.setFont(rl_name(fam, bold), size)
                c.drawString(_x(x, s, fam, size, bold, align), H - y, s)
                c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(doc: Doc, path: Path, title: str, when) -> None:
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.W, doc.H))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author("h37 synthetic")
    fams = {it[4] for pg in doc.pages for it in pg if it[0] == "t"}
    for fam in fams:
        if fam not in CORE:
            pdf.add_font(fam, "", TTF[fam][0])
            pdf.add_font(fam, "B", TTF[fam][1])
    for pg in doc.pages:
        pdf.add_page()
        for it in pg:
            if it[0] == "r":
                _, x, y, w, h, fill, stroke, lw = it
                pdf.set_line_width(lw)
                style = ("F" if fill is not None else "") + ("D" if stroke else "")
                if fill is not None:
                    g = int(round(fill * 255))
                    pdf.set_fill_color(g, g, g)
                pdf.rect(x, y, w, h, style=style or "D")
            elif it[0] == "l":
                _, x1, y1, x2, y2, lw = it
                pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
        for it in pg:
            if it[0] == "t":
                _, x, y, s, fam, size, bold, align, gray = it
                g = int(round(gray * 255))
                pdf.set_text_color(g, g, g)
                pdf.set_font(CORE[fam][2] if fam in CORE else fam, "B" if bold else "", size)
                pdf.text(_x(x, s, fam, size, bold, align), y, s)
    pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ self-check

MONEY_RE = re.compile(r"\(?-?\$?\d[\d,]*\.\d\d\)?-?")
NUM_RE = re.compile(r"(?<![\d.])-?\d+(?:\.\d+)?-?(?![\d.])")


def _money_set(text: str) -> set:
    out = set()
    for m in MONEY_RE.findall(text):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        v = Decimal(m.strip("()-").replace("$", "").replace(",", ""))
        out.add(-v if neg else v)
    return out


def _page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) < 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            pages.append([" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows])
    return pages


def check_file(pdf_path: Path, meta: list[dict], adj_complete: bool) -> list[str]:
    """meta[i] belongs to truth line i: {'date': printed date text, 'code': printed code text, 'extra': n}."""
    errs = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = _page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        errs.append(f"pages {len(pages)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    flat = re.sub(r"\s+", " ", alltext)
    for ln, m in zip(truth["lines"], meta):
        where = f"{pdf_path.name} line {ln['code']} {ln['service_date']} p{ln['page']}"
        pl = pages[ln["page"] - 1]
        ok = False
        why = "no row with date+code"
        for i, t in enumerate(pl):
            if m["date"] not in t or m["code"] not in t:
                continue
            block = " ".join(pl[i:i + 1 + m.get("extra", 0)])
            first = t
            bad = []
            if ln["code"] and ln["code"] not in first:
                bad.append("code")
            for md in ln["modifiers"]:
                if not re.search(rf"(?<![A-Z0-9]){md}(?![A-Z0-9])", first):
                    bad.append("mod " + md)
            ms = _money_set(first)
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln.get(k) is not None and Decimal(ln[k]) not in ms:
                    bad.append(k)
            if ln["units"] is not None:
                nums = {-Decimal(x.strip("-")) if x.endswith("-") or x.startswith("-") else Decimal(x)
                        for x in NUM_RE.findall(first)}
                if Decimal(ln["units"]) not in nums:
                    bad.append("units")
            bms = _money_set(block)
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}[\s/:-]*{c}(?!\d)", block):
                    bad.append(f"adj {g}{c}")
                if a is not None and Decimal(a) not in bms and -Decimal(a) not in bms:
                    bad.append(f"adj amt {a}")
            for r in ln["remarks"]:
                if not re.search(rf"(?<![A-Z0-9]){re.escape(r)}(?![A-Z0-9])", block):
                    bad.append("remark " + r)
            if not bad:
                ok = True
                break
            if why == "no row with date+code" or len(bad) < why.count(",") + 1:
                why = ", ".join(bad)
        if not ok:
            errs.append(f"{where}: {why}")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in flat:
                errs.append(f"{where}: {key} {ln[key]!r} not in text")
        if adj_complete and ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{where}: billed - adjustments != paid")
        if ln["allowed"] is not None and ln["paid"] is not None:
            parts = [ln.get(k) for k in ("deductible", "copay", "coinsurance")]
            if all(p is not None for p in parts):
                if Decimal(ln["allowed"]) - sum(Decimal(p) for p in parts) != Decimal(ln["paid"]):
                    errs.append(f"{where}: allowed - share != paid")
    # claim totals
    for c in truth["claims"]:
        rows = [ln for ln in truth["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not rows:
            errs.append(f"claim {c} has no lines")
        planted = any(str(c["payer_claim_id"] or c["claim_id"]) in f for f in truth["expected_findings"])
        mism = 0
        for k, v in c.get("totals", {}).items():
            if v is None or all(r[k] is None for r in rows):
                continue
            s = sum((Decimal(r[k]) for r in rows if r[k] is not None), Decimal(0))
            if s != Decimal(v):
                mism += 1
                if not planted:
                    errs.append(f"claim {c['payer_claim_id']} total {k} {v} vs lines {s}")
            if not money_printed(v, flat):
                errs.append(f"claim {c['payer_claim_id']} total {k} {v} not printed")
        if planted and mism != 1:
            errs.append(f"claim {c['payer_claim_id']}: planted mismatch not exactly one total ({mism})")
    return errs


def money_printed(v: str, flat: str) -> bool:
    return Decimal(v) in _money_set(flat) or -Decimal(v) in _money_set(flat)
