"""Small drawing/recording kit and self-check for bench/heldout120 (a helper of make_heldout120_pdfs.py).

A layout draws into a Doc (page-by-page list of text / line / box operations, y measured from the top), records
the truth of each service row as it draws it, and is then rendered by reportlab or fpdf2. "{NP}" in any text
is replaced by the page count at render time.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "DejaVuSans": DJ + "DejaVuSans.ttf", "DejaVuSans-Bold": DJ + "DejaVuSans-Bold.ttf",
    "DejaVuSansCond": DJ + "DejaVuSansCondensed.ttf", "DejaVuSansCond-Bold": DJ + "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono": DJ + "DejaVuSansMono.ttf", "DejaVuSansMono-Bold": DJ + "DejaVuSansMono-Bold.ttf",
    "DejaVuSerif": DJ + "DejaVuSerif.ttf", "DejaVuSerif-Bold": DJ + "DejaVuSerif-Bold.ttf",
    "LibSans": LB + "LiberationSans-Regular.ttf", "LibSans-Bold": LB + "LiberationSans-Bold.ttf",
    "LibNarrow": LB + "LiberationSansNarrow-Regular.ttf", "LibNarrow-Bold": LB + "LiberationSansNarrow-Bold.ttf",
    "LibSerif": LB + "LiberationSerif-Regular.ttf", "LibSerif-Bold": LB + "LiberationSerif-Bold.ttf",
    "LibMono": LB + "LiberationMono-Regular.ttf", "LibMono-Bold": LB + "LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica": "Helvetica", "Helvetica-Bold": "Helvetica-Bold", "Courier": "Courier",
           "Courier-Bold": "Courier-Bold", "Times": "Times-Roman", "Times-Bold": "Times-Bold"}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
           "Courier-Bold": ("courier", "B"), "Times": ("times", ""), "Times-Bold": ("times", "B")}


class Doc:
    def __init__(self, landscape: bool = False):
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.pages: list[list] = [[]]

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def t(self, x, y, s, font="Helvetica", size=8.0, align="l") -> None:
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def ln(self, x1, y1, x2, y2, w=0.5, gray=0.0) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def box(self, x, y, w, h, fill=None, stroke=True, lw=0.5) -> None:
        self.pages[-1].append(("b", x, y, w, h, fill, stroke, lw))

    # ---------------------------------------------------------------- renderers
    def render_rl(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(path.stem)
        reg = set(pdfmetrics.getRegisteredFontNames())
        n = str(len(self.pages))
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    name = CORE_RL.get(font, font)
                    if font not in CORE_RL and name not in reg:
                        pdfmetrics.registerFont(TTFont(name, FONTS[font]))
                        reg.add(name)
                    c.setFillGray(0)
                    c.setFont(name, size)
                    s = s.replace("{NP}", n)
                    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, self.H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    c.setLineWidth(w)
                    c.setStrokeGray(g)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
            c.showPage()
        c.save()

    def render_fp(self, path: Path) -> None:
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(path.stem)
        added = set()
        n = str(len(self.pages))
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    if font in CORE_FP:
                        fam, st = CORE_FP[font]
                    else:
                        fam, st = font.lower(), ""
                        if fam not in added:
                            pdf.add_font(fam, "", FONTS[font])
                            added.add(fam)
                    pdf.set_font(fam, st, size)
                    pdf.set_text_color(0)
                    s = s.replace("{NP}", n)
                    wd = pdf.get_string_width(s)
                    xx = x if align == "l" else (x - wd if align == "r" else x - wd / 2)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    pdf.set_line_width(w)
                    pdf.set_draw_color(int(g * 255))
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(0)
                    style = "D"
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style = "DF" if stroke else "F"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


# -------------------------------------------------------------------- self-check
NUM = re.compile(r"^\(?-?\$?-?[\d,]*\d(\.\d+)?-?\)?$")


def num(tok: str):
    t = tok.strip().rstrip(",;:")
    if not NUM.match(t) or not any(ch.isdigit() for ch in t):
        return None
    neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.startswith("$-")
    body = re.sub(r"[^\d.]", "", t)
    try:
        v = Decimal(body)
    except InvalidOperation:
        return None
    return -v if neg else v


def page_lines(pdf_path: Path):
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    from datetime import date
    dt = date(y, m, d)
    return [dt.strftime("%m/%d/%Y"), dt.strftime("%m/%d/%y"), dt.strftime("%m%d%y"), f"{m}/{d}/{y}",
            f"{dt:%b} {d}, {y}", f"{dt:%B} {d}, {y}", dt.strftime("%d-%b-%Y").upper(), dt.strftime("%m-%d-%Y"),
            dt.strftime("%m%d%Y"), f"{dt:%b %d, %Y}", dt.strftime("%Y-%m-%d"), f"{m}/{d}/{dt:%y}",
            dt.strftime("%m-%d-%y")]


def check_file(pdf_path: Path, truth: dict, adj_complete: bool, span: int = 0) -> list[str]:
    """Errors (empty list = the factory wrote what it says). span = extra text lines a row may wrap onto."""
    errs = []
    lines = page_lines(pdf_path)
    if len(lines) != truth["pages"]:
        errs.append(f"page count {len(lines)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in lines)
    for i, ln in enumerate(truth["lines"]):
        tag = f"line {i} {ln['code']} {ln['service_date']}"
        pg = lines[ln["page"] - 1]
        ptext = "\n".join(pg)
        want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                         "coinsurance", "not_covered", "discount") if ln[k] is not None]
        if ln["units"] is not None:
            want.append(Decimal(ln["units"]))
        ok = False
        for j, row in enumerate(pg):
            if ln["code"] and ln["code"] not in row:
                continue
            if any(m not in row for m in ln["modifiers"]):
                continue
            nums = [num(t) for t in row.split()]
            nums = {n for n in nums if n is not None}
            if all(w in nums for w in want):
                block = " ".join(pg[j:j + 1 + span + 3])
                bn = {n for n in (num(t) for t in block.split()) if n is not None}
                for g, r, a in ln["adjustments"]:
                    if r not in block or (a is not None and Decimal(a) not in bn and -Decimal(a) not in bn):
                        break
                else:
                    ok = True
                    break
        if not ok:
            errs.append(f"{tag}: no row on page {ln['page']} carries code/mods/units/amounts/adjustments")
        if not any(f in ptext for f in date_forms(ln["service_date"])):
            errs.append(f"{tag}: date not on page")
        if ln["service_end"] and not any(f in ptext for f in date_forms(ln["service_end"])):
            errs.append(f"{tag}: end date not on page")
        near = "\n".join("\n".join(lines[p]) for p in range(max(0, ln["page"] - 2), ln["page"]))
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in near:
                errs.append(f"{tag}: {k} {ln[k]!r} not on this or the previous page")
        for r in ln["remarks"]:
            if r not in ptext:
                errs.append(f"{tag}: remark {r} not on page")
        if ln["description"] and ln["description"].split()[0] not in ptext:
            errs.append(f"{tag}: description not on page")
        # arithmetic
        b = Decimal(ln["billed"]) if ln["billed"] else None
        if adj_complete and b is not None and ln["paid"] is not None:
            if b - sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0)) != Decimal(ln["paid"]):
                errs.append(f"{tag}: billed - adjustments != paid")
        if ln["allowed"] and ln["paid"] is not None and (ln["deductible"] or ln["coinsurance"] or ln["copay"]):
            parts = sum((Decimal(ln[k]) for k in ("deductible", "copay", "coinsurance") if ln[k]), Decimal(0))
            seq = sum((Decimal(a) for g, r, a in ln["adjustments"] if r == "253"), Decimal(0))
            if Decimal(ln["allowed"]) - parts - seq != Decimal(ln["paid"]):
                errs.append(f"{tag}: allowed - patient share != paid")
        if b is not None and ln["allowed"] and ln["discount"] is not None:
            nc = Decimal(ln["not_covered"] or 0)
            if b - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]) and Decimal(ln["allowed"]) != 0:
                errs.append(f"{tag}: billed - discount - not covered != allowed")
    mism = " ".join(truth["expected_findings"])
    nums_all = {n for n in (num(t) for t in alltext.split()) if n is not None}
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"] and
                ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']}: no lines")
        planted = f"claim {c['payer_claim_id'] or c['claim_id']}:" in mism
        off = []
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in nums_all and -Decimal(v) not in nums_all:
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} not printed")
            if all(ln[k] is not None for ln in mine):
                s = sum((Decimal(ln[k]) for ln in mine), Decimal(0))
                if s != Decimal(v):
                    off.append(k)
        if bool(off) != planted:
            errs.append(f"claim {c['payer_claim_id'] or c['claim_id']}: totals off {off}, planted={planted}")
    for code, _ in truth["legend"]:
        if code not in alltext:
            errs.append(f"legend code {code} not printed")
    return errs
