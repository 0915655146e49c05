"""Small drawing kit for set 101: one top-down API over reportlab and fpdf2, a page-flow helper, and the
factory self-check (text layer, same-row values, page counts, arithmetic). Nothing here reads eobreader."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavucond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavumono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "dejavuserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "libsans": ("liberation/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "libnarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Regular.ttf"),
    "libserif": ("liberation2/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "libmono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
}
RL_CORE = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}
FP_CORE = {"helv": "helvetica", "times": "times", "courier": "courier"}


class Doc:
    """Top-down coordinates in points. producer 'reportlab' or 'fpdf2'; family a TTF key or a core key."""

    def __init__(self, producer: str, family: str, landscape: bool = False):
        self.producer, self.family = producer, family
        self.w, self.h = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pageno = 0
        self.ops: list[list] = []

    def page(self) -> None:
        self.pageno += 1
        self.ops.append([])

    def t(self, x, y, s, size=8.0, bold=False, align="L"):
        self.ops[-1].append(("t", x, y, str(s), size, bold, align))

    def hl(self, x1, x2, y, w=0.5):
        self.ops[-1].append(("l", x1, y, x2, y, w))

    def vl(self, x, y1, y2, w=0.5):
        self.ops[-1].append(("l", x, y1, x, y2, w))

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.ops[-1].append(("r", x, y, w, h, lw, fill))

    def save(self, path: Path) -> int:
        self.ops = [[(o[:3] + (o[3].replace("{TOTAL}", str(self.pageno)),) + o[4:]) if o[0] == "t" else o
                     for o in ops] for ops in self.ops]
        (self._rl if self.producer == "reportlab" else self._fp)(path)
        return self.pageno

    def _rl(self, path):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        if self.family in RL_CORE:
            fr, fb = RL_CORE[self.family]
        else:
            fr, fb = f"H101{self.family}", f"H101{self.family}B"
            pdfmetrics.registerFont(TTFont(fr, FONTDIR + TTF[self.family][0]))
            pdfmetrics.registerFont(TTFont(fb, FONTDIR + TTF[self.family][1]))
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle("Statement")
        for ops in self.ops:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, al = op
                    c.setFont(fb if bold else fr, size)
                    fn = {"L": c.drawString, "R": c.drawRightString, "C": c.drawCentredString}[al]
                    fn(x, self.h - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, lw, fill = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _fp(self, path):
        from fpdf import FPDF
        from eobgen import FIXED_WHEN
        pdf = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        if self.family in FP_CORE:
            fam = FP_CORE[self.family]
        else:
            fam = "h101" + self.family
            pdf.add_font(fam, "", FONTDIR + TTF[self.family][0])
            pdf.add_font(fam, "B", FONTDIR + TTF[self.family][1])
        for ops in self.ops:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, al = op
                    pdf.set_font(fam, "B" if bold else "", size)
                    sw = pdf.get_string_width(s)
                    xx = x - sw if al == "R" else (x - sw / 2 if al == "C" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, lw, fill = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


class Flow:
    """Vertical flow with page breaks: on_new(doc, continued) draws the furniture and returns the first y."""

    def __init__(self, doc: Doc, on_new, bottom: float):
        self.doc, self.on_new, self.bottom = doc, on_new, bottom
        self.doc.page()
        self.y = on_new(doc, False)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.page()
            self.y = self.on_new(self.doc, True)
            return True
        return False


# ------------------------------------------------------------------------------------------ self-check

def _lines(page, tol=2.5):
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) <= tol:
                r[1].append(w)
                break
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def check(out: Path, rowtokens: dict) -> int:
    """rowtokens: pdf name -> list (per truth line) of strings that must share one text row."""
    import pdfplumber
    bad = 0
    for name, toks in sorted(rowtokens.items()):
        pdf_path = out / name
        t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != t["pages"]:
                print(name, "page count", len(pdf.pages), "!= truth", t["pages"])
                bad += 1
            plines = [_lines(p) for p in pdf.pages]
            alltext = "\n".join(p.extract_text() or "" for p in pdf.pages)
        flat = " ".join(alltext.split())
        for ln, tk in zip(t["lines"], toks):
            rows = plines[ln["page"] - 1]
            if not any(all(x in r for x in tk) for r in rows):
                print(name, "line not on one row", ln["page"], tk)
                bad += 1
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and " ".join(ln[k].split()) not in flat:
                    print(name, "missing", k, ln[k])
                    bad += 1
            for rm in ln["remarks"]:
                if not any(rm in r for r in rows):
                    print(name, "remark missing", rm)
                    bad += 1
            adj = ln["adjustments"]
            if adj and ln["billed"] and ln["paid"] and all(a[2] is not None for a in adj):
                if Decimal(ln["billed"]) - sum(Decimal(a[2]) for a in adj) != Decimal(ln["paid"]):
                    print(name, "billed - adjustments != paid", ln)
                    bad += 1
            if ln["allowed"] and ln["paid"] and ln["patient_owes"] and ln["adjustments"] == [] and \
                    ln.get("_skip_share") is None and ln["billed"] and ln["discount"]:
                nc = Decimal(ln["not_covered"] or "0")
                if Decimal(ln["billed"]) - Decimal(ln["discount"]) - nc != Decimal(ln["allowed"]):
                    print(name, "billed - discount != allowed", ln)
                    bad += 1
        for c in t["claims"]:
            lines = [x for x in t["lines"] if x["claim_id"] == c["claim_id"] and x["payer_claim_id"] == c["payer_claim_id"]
                     and x["patient"] == c["patient"]]
            if not lines:
                print(name, "claim without lines", c)
                bad += 1
            key = c["payer_claim_id"] or c["claim_id"]
            planted = any(key in f for f in t["expected_findings"])
            mism = []
            for k, v in c["totals"].items():
                vals = [x[k] for x in lines]
                if v is None or None in vals or not vals:
                    continue
                s = sum(Decimal(x) for x in vals)
                if s != Decimal(v):
                    mism.append((k, v, str(s)))
            if bool(mism) != planted:
                print(name, "claim total", key, mism, "planted" if planted else "NOT planted")
                bad += 1
        print(f"{name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
    return bad
