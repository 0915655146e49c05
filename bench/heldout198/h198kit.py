"""Small drawing kit and self-check for held-out set 198 (see make_heldout198_pdfs.py).

A page is drawn as a list of operations (text / line / rect) in points measured from the top-left; the same
operations are rendered either with reportlab or with fpdf2, so each layout picks its producer.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN, q  # noqa: E402

TTF = {
    "lsans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "lsansb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "lserif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "lserifb": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "lmono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "lmonob": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "dsans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dsansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dcond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "dcondb": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "dserif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "dserifb": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "dscond": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "dscondb": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "dmono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dmonob": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"helv": "Helvetica", "helvb": "Helvetica-Bold", "times": "Times-Roman", "timesb": "Times-Bold",
           "cour": "Courier", "courb": "Courier-Bold"}
CORE_FP = {"helv": ("helvetica", ""), "helvb": ("helvetica", "B"), "times": ("times", ""),
           "timesb": ("times", "B"), "cour": ("courier", ""), "courb": ("courier", "B")}


class Doc:
    """Pages of drawing operations. y is the distance from the top of the page (baseline for text)."""

    def __init__(self, landscape: bool = False):
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = [[]]

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, font="helv", size=8, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, stroke=True):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke))

    # ----------------------------------------------------------------------------------------- render
    def render(self, path: Path, producer: str) -> int:
        for p in self.pages:  # resolve "Page n of N" placeholders
            for i, op in enumerate(p):
                if op[0] == "t" and "{N}" in op[3]:
                    p[i] = op[:3] + (op[3].replace("{N}", str(len(self.pages))),) + op[4:]
        if producer == "reportlab":
            self._rl(path)
        else:
            self._fp(path)
        return len(self.pages)

    def _rl(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setCreator("set198")
        for p in self.pages:
            for op in p:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    if font in TTF:
                        if font not in pdfmetrics.getRegisteredFontNames():
                            pdfmetrics.registerFont(TTFont(font, TTF[font]))
                        fn = font
                    else:
                        fn = CORE_RL[font]
                    c.setFillGray(0)
                    c.setFont(fn, size)
                    yy = self.H - y
                    if align == "r":
                        c.drawRightString(x, yy, s)
                    elif align == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, stroke = op
                    if fill is not None:
                        c.setFillGray(fill)
                    c.setLineWidth(0.5)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _fp(self, path: Path) -> None:
        from fpdf import FPDF

        pdf = FPDF(unit="pt", format=(self.W, self.H))
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        added = set()
        for p in self.pages:
            pdf.add_page()
            for op in p:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    if font in TTF:
                        if font not in added:
                            pdf.add_font(font, "", TTF[font])
                            added.add(font)
                        pdf.set_font(font, "", size)
                    else:
                        fam, st = CORE_FP[font]
                        pdf.set_font(fam, st, size)
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke = op
                    pdf.set_line_width(0.5)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                    style = ("F" if not stroke else "DF") if fill is not None else "D"
                    pdf.rect(x, y, w, h, style=style)
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
    return out


# ------------------------------------------------------------------------------------------------ check

NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?-?")


def _nums(text: str) -> set[Decimal]:
    out = set()
    for m in NUM.findall(text):
        t = m.strip("()$-").replace("$", "").replace(",", "")
        try:
            out.add(abs(Decimal(t)))
        except Exception:
            pass
    return out


def page_rows(pdf_path: Path) -> list[list[str]]:
    import pdfplumber

    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            pages.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages


def date_forms(iso: str) -> list[str]:
    from datetime import date

    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}",
            d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.isoformat(),
            f"{d:%b} {d.day:02d}, {d.year}", d.strftime("%d %b %Y"), d.strftime("%Y%m%d")]


def check_file(pdf_path: Path, strict_adj: bool) -> list[str]:
    """Returns a list of problems (empty when the truth is consistent with the page)."""
    errs: list[str] = []
    tr = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    rows = page_rows(pdf_path)
    name = pdf_path.name
    if len(rows) != tr["pages"]:
        errs.append(f"{name}: pages {len(rows)} != truth {tr['pages']}")
    alltext = " ".join(" ".join(r) for r in rows)
    flat = re.sub(r"\s+", " ", alltext)
    for i, ln in enumerate(tr["lines"]):
        tag = f"{name} line {i} {ln['code']} {ln['service_date']}"
        prow = rows[ln["page"] - 1]
        ptext = " ".join(prow)
        cands = [j for j, r in enumerate(prow) if ln["code"] and ln["code"] in r]
        forms = date_forms(ln["service_date"])
        cands.sort(key=lambda j: not any(f in prow[j] for f in forms))  # rows printing the date first
        amts = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                         "coinsurance", "not_covered", "discount") if ln[k] is not None]
        need = {abs(a) for a in amts}
        if ln["units"] is not None:
            need.add(Decimal(ln["units"]))
        hit = None
        for j in cands:
            r = prow[j]
            if need <= _nums(r) and all(m in r for m in ln["modifiers"]):
                hit = j
                break
        if hit is None:
            errs.append(f"{tag}: no row with code+mods+amounts+units {sorted(need)}")
            continue
        near = " ".join(prow[hit:hit + 4])
        for g, c, a in ln["adjustments"]:
            if a is not None and abs(Decimal(a)) not in _nums(near):
                errs.append(f"{tag}: adjustment {g}{c} {a} not near the row")
            if c not in near and c not in ptext:
                errs.append(f"{tag}: adjustment code {c} not on page")
        for rm in ln["remarks"]:
            if rm not in near:
                errs.append(f"{tag}: remark {rm} not near the row")
        if not any(f in ptext for f in date_forms(ln["service_date"])):
            errs.append(f"{tag}: service date not on page")
        if ln["service_end"] and not any(f in ptext for f in date_forms(ln["service_end"])):
            errs.append(f"{tag}: service end not on page")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in flat:
                errs.append(f"{tag}: {key} {ln[key]!r} not in document text")
        if ln["description"]:
            for w in ln["description"].split():
                if w not in flat:
                    errs.append(f"{tag}: description word {w!r} missing")
                    break
        # arithmetic
        if ln["billed"] is not None and ln["allowed"] is not None:
            b, al = Decimal(ln["billed"]), Decimal(ln["allowed"])
            parts = [Decimal(ln[k]) for k in ("discount", "not_covered") if ln[k] is not None]
            if len(parts) == 2 and b - sum(parts) != al:
                errs.append(f"{tag}: billed - discount - not covered != allowed")
        if ln["allowed"] is not None and ln["paid"] is not None:
            cs = [ln[k] for k in ("deductible", "copay", "coinsurance")]
            if all(x is not None for x in cs):
                if Decimal(ln["allowed"]) - sum(Decimal(x) for x in cs) != Decimal(ln["paid"]):
                    errs.append(f"{tag}: allowed - cost share != paid")
        if strict_adj and ln["billed"] is not None and ln["paid"] is not None:
            adj = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal(0))
            if Decimal(ln["billed"]) - adj != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments {adj} != paid")
    mism = " ".join(tr["expected_findings"])
    for cl in tr["claims"]:
        for key in ("claim_id", "payer_claim_id", "patient"):
            if cl[key] and cl[key] not in flat:
                errs.append(f"{name} claim {cl}: {key} not in text")
        mine = [ln for ln in tr["lines"] if ln["claim_id"] == cl["claim_id"]
                and ln["payer_claim_id"] == cl["payer_claim_id"] and ln["patient"] == cl["patient"]]
        if not mine:
            errs.append(f"{name}: claim {cl['claim_id']}/{cl['payer_claim_id']} has no lines")
        for k, v in (cl.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            if abs(Decimal(v)) not in _nums(alltext):
                errs.append(f"{name}: claim total {k} {v} not printed")
            if q(s) != Decimal(v):
                want = str(cl["payer_claim_id"] or cl["claim_id"])
                if not (want in mism and "mismatch" in mism):
                    errs.append(f"{name}: claim {want} total {k} {v} != lines {s}")
    return errs
