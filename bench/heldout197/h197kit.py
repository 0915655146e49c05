"""Small drawing/pagination kit for make_heldout197_pdfs.py: one page model, two PDF producers
(reportlab and fpdf2), and the factory self-check. Everything here is generic; no reader code is used."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from eobgen import FIXED_WHEN

FONTDIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": FONTDIR / "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": FONTDIR / "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": FONTDIR / "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": FONTDIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono": FONTDIR / "dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": FONTDIR / "dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerif": FONTDIR / "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": FONTDIR / "dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSans": FONTDIR / "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": FONTDIR / "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": FONTDIR / "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": FONTDIR / "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": FONTDIR / "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": FONTDIR / "liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": FONTDIR / "liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": FONTDIR / "liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}


# ----------------------------------------------------------------------------------------- page model
@dataclass
class Op:
    kind: str  # text | line | rect | fill
    args: tuple
    bold: bool = False
    size: float = 8.0
    align: str = "L"


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)

    def text(self, x, y, s, size=8.0, bold=False, align="L"):
        self.ops.append(Op("text", (x, y, str(s)), bold, size, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(Op("line", (x1, y1, x2, y2, w)))

    def rect(self, x, y, w, h, lw=0.6):
        self.ops.append(Op("rect", (x, y, w, h, lw)))

    def fill(self, x, y, w, h, grey=0.88):
        self.ops.append(Op("fill", (x, y, w, h, grey)))


def render(path: Path, pages: list[Page], producer: str, font: str, landscape: bool, title: str) -> None:
    """Coordinates are points from the top-left corner; y is the text baseline."""
    W, H = (792, 612) if landscape else (612, 792)
    if producer == "reportlab":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        if font in CORE_RL:
            reg, bold = CORE_RL[font]
        else:
            reg, bold = font, font + "-Bold"
            for n in (reg, bold):
                if n not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(n, str(TTF[n])))
        c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
        c.setTitle(title)
        for pg in pages:
            for op in pg.ops:
                if op.kind == "text":
                    x, y, s = op.args
                    c.setFont(bold if op.bold else reg, op.size)
                    if op.align == "R":
                        c.drawRightString(x, H - y, s)
                    elif op.align == "C":
                        c.drawCentredString(x, H - y, s)
                    else:
                        c.drawString(x, H - y, s)
                elif op.kind == "line":
                    x1, y1, x2, y2, w = op.args
                    c.setLineWidth(w)
                    c.line(x1, H - y1, x2, H - y2)
                elif op.kind == "rect":
                    x, y, w, h, lw = op.args
                    c.setLineWidth(lw)
                    c.rect(x, H - y - h, w, h, stroke=1, fill=0)
                elif op.kind == "fill":
                    x, y, w, h, g = op.args
                    c.setFillGray(g)
                    c.rect(x, H - y - h, w, h, stroke=0, fill=1)
                    c.setFillGray(0)
            c.showPage()
        c.save()
        return
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_WHEN)
    pdf.set_title(title)
    if font in CORE_FP:
        fam = CORE_FP[font]
    else:
        fam = font.lower()
        pdf.add_font(fam, "", str(TTF[font]))
        pdf.add_font(fam, "B", str(TTF[font + "-Bold"]))
    for pg in pages:
        pdf.add_page()
        for op in pg.ops:
            if op.kind == "text":
                x, y, s = op.args
                pdf.set_font(fam, "B" if op.bold else "", op.size)
                w = pdf.get_string_width(s)
                if op.align == "R":
                    x -= w
                elif op.align == "C":
                    x -= w / 2
                pdf.text(x, y, s)
            elif op.kind == "line":
                x1, y1, x2, y2, w = op.args
                pdf.set_line_width(w)
                pdf.line(x1, y1, x2, y2)
            elif op.kind == "rect":
                x, y, w, h, lw = op.args
                pdf.set_line_width(lw)
                pdf.rect(x, y, w, h)
            elif op.kind == "fill":
                x, y, w, h, g = op.args
                v = int(g * 255)
                pdf.set_fill_color(v, v, v)
                pdf.rect(x, y, w, h, style="F")
    pdf.output(str(path))


# ----------------------------------------------------------------------------------------- the check
MONEY = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}-?\)?")


def parse_money(tok: str) -> Decimal | None:
    t = tok.strip()
    neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.startswith("(-")
    t = t.strip("()$-").replace("$", "").replace(",", "").lstrip("-")
    try:
        v = Decimal(t)
    except InvalidOperation:
        return None
    return -v if neg else v


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber

    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            out.append([ln["text"] for ln in p.extract_text_lines(layout=False, strip=True)])
    return out


def date_forms(iso: str) -> list[str]:
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    from datetime import date

    dt = date(y, m, d)
    mons = dt.strftime("%b")
    return [dt.strftime("%m/%d/%Y"), dt.strftime("%m/%d/%y"), dt.strftime("%m%d%y"), dt.strftime("%m%d%Y"),
            f"{m}/{d}/{y}", f"{mons} {d}, {y}", f"{dt:%B} {d}, {y}", dt.strftime("%d-%b-%Y").upper(),
            dt.strftime("%m-%d-%Y"), dt.strftime("%m-%d-%y"), iso, f"{d:02d} {mons} {y}", f"{m}/{d}/{y % 100:02d}",
            dt.strftime("%Y%m%d"), f"{mons}. {d}, {y}", f"{mons} {d:02d} {y}"]


def check_file(pdf_path: Path, truth: dict, full_adj: bool) -> list[str]:
    errs: list[str] = []
    pages = page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        errs.append(f"page count {len(pages)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    for ln_i, t in enumerate(truth["lines"]):
        where = f"{pdf_path.name} line {ln_i} {t['code']} {t['service_date']}"
        plines = pages[t["page"] - 1]
        cands = [i for i, s in enumerate(plines) if t["code"] and t["code"] in s]
        ok = False
        why = "code not on page"
        for i in cands:
            win = plines[i:i + 2]
            wtext = " ".join(win)
            wide = " ".join(plines[i:i + 5])
            amounts = [parse_money(m) for m in MONEY.findall(wtext)]
            need = [Decimal(t[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                             "coinsurance", "not_covered", "discount") if t[k] is not None]
            if any(n not in amounts and not (n == 0 and ("0.00" in wtext or "--" in wtext or " - " in wtext))
                   for n in need):
                why = f"amounts {need} not all in row {win}"
                continue
            if any(m not in wtext for m in t["modifiers"]):
                why = f"modifiers not in row {win}"
                continue
            if t["units"] is not None:
                u = Decimal(t["units"])
                if not any(re.fullmatch(r"\d+(\.\d+)?", x) and Decimal(x) == u for x in
                           (y.strip("()") for y in wtext.split())):
                    why = f"units {t['units']} not in row {win}"
                    continue
            if any(r not in wide for r in t["remarks"]):
                why = f"remarks {t['remarks']} not near row"
                continue
            adj_ok = True
            for g, c, a in t["adjustments"]:
                wam = [parse_money(m) for m in MONEY.findall(wide)]
                if not re.search(rf"{g}\s*-?\s*{c}\b", wide) or (a is not None and Decimal(a) not in wam):
                    adj_ok = False
            if not adj_ok:
                why = f"adjustments {t['adjustments']} not near row {plines[i:i+5]}"
                continue
            pg_text = "\n".join(plines)
            if not any(f in pg_text for f in date_forms(t["service_date"])):
                why = "service date not on page"
                continue
            ok = True
            break
        if not ok:
            errs.append(f"{where}: {why}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if t[k] is not None and t[k] not in alltext:
                errs.append(f"{where}: {k} {t[k]!r} not in text")
        # arithmetic printed on the document itself
        g = {k: (Decimal(t[k]) if t[k] is not None else None) for k in
             ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
              "discount")}
        if g["billed"] is not None and g["allowed"] is not None and g["discount"] is not None:
            if g["billed"] - g["discount"] - (g["not_covered"] or 0) != g["allowed"]:
                errs.append(f"{where}: billed-discount-not_covered != allowed")
        if full_adj and g["billed"] is not None and g["paid"] is not None:
            if any(a is None for _, _, a in t["adjustments"]):
                errs.append(f"{where}: adjustment without amount in a full-adjustment layout")
            elif g["billed"] - sum(Decimal(a) for _, _, a in t["adjustments"]) != g["paid"]:
                errs.append(f"{where}: billed - adjustments != paid")
        if (g["allowed"] is not None and g["paid"] is not None and g["deductible"] is not None
                and g["coinsurance"] is not None and not any(c == "253" for _, c, _ in t["adjustments"])):
            if g["allowed"] - g["deductible"] - (g["copay"] or 0) - g["coinsurance"] != g["paid"]:
                errs.append(f"{where}: allowed - patient shares != paid")
    for c in truth["claims"]:
        lines = [t for t in truth["lines"] if (t["claim_id"], t["payer_claim_id"], t["patient"]) ==
                 (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not lines:
            errs.append(f"claim {c} has no lines")
        tot = c.get("totals") or {}
        for k, v in tot.items():
            if v is None:
                continue
            s = sum((Decimal(t[k]) for t in lines if t[k] is not None), Decimal("0.00"))
            planted = any(f.get("claim") in (c["claim_id"], c["payer_claim_id"]) and f.get("field") == k
                          for f in truth["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} total {k} {v} vs lines {s}")
            if not any(Decimal(v) in [parse_money(m) for m in MONEY.findall(pl)] for p in pages for pl in p):
                errs.append(f"claim total {k} {v} not printed")
    return errs
