"""Drawing surface (one top-left API over reportlab and fpdf2), truth recorder and self-check for set 70."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from eobgen import FIXED_WHEN, claim_totals, truth_line, write_truth

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "DV": "dejavu/DejaVuSans.ttf", "DV-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf", "DVC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}


class Doc:
    """Pages of text / line / rect items in top-left point coordinates (y of text = baseline)."""

    def __init__(self, producer: str, font: str, landscape: bool = False):
        self.producer, self.font, self.landscape = producer, font, landscape
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.pages: list[list[tuple]] = []
        self.new_page()

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def t(self, x, y, s, size=8.0, bold=False, align="l", font=None):
        f = font or self.font
        if bold:
            f = f + ("-Bold" if f in ("Helvetica", "Courier") else "-B") if f not in ("Times-Roman",) else "Times-Bold"
        self.pages[-1].append(("t", x, y, str(s), f, size, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, stroke=True):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke))

    def row(self, y, cells, size=8.0, bold=False):
        """cells: (x, text, align) triples drawn on one baseline."""
        for x, s, al in cells:
            if s not in (None, ""):
                self.t(x, y, s, size, bold, al)

    # ---------------------------------------------------------------- render
    def save(self, path: Path) -> None:
        n = len(self.pages)
        if self.producer == "reportlab":
            self._rl(path, n)
        else:
            self._fp(path, n)

    def _sub(self, s, i, n):
        return s.replace("{P}", str(i)).replace("{N}", str(n))

    def _rl(self, path, n):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        fonts = {it[4] for pg in self.pages for it in pg if it[0] == "t"}
        for f in sorted(fonts - CORE):
            try:
                pdfmetrics.getFont(f)
            except KeyError:
                pdfmetrics.registerFont(TTFont(f, FONTDIR + TTF[f]))
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Document")
        for i, pg in enumerate(self.pages, 1):
            for it in pg:
                if it[0] == "t":
                    _, x, y, s, f, size, al = it
                    c.setFont(f, size)
                    s = self._sub(s, i, n)
                    yy = self.H - y
                    if al == "r":
                        c.drawRightString(x, yy, s)
                    elif al == "c":
                        c.drawCentredString(x, yy, s)
                    else:
                        c.drawString(x, yy, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w = it
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, stroke = it
                    c.setLineWidth(0.5)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def _fp(self, path, n):
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_auto_page_break(False)
        pdf.set_title("Document")
        fonts = {it[4] for pg in self.pages for it in pg if it[0] == "t"}
        corename = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
                    "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}
        for f in sorted(fonts - CORE):
            pdf.add_font(f, "", FONTDIR + TTF[f])
        for i, pg in enumerate(self.pages, 1):
            pdf.add_page()
            for it in pg:
                if it[0] == "t":
                    _, x, y, s, f, size, al = it
                    fam, st = corename.get(f, (f, ""))
                    pdf.set_font(fam, st, size)
                    s = self._sub(s, i, n)
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                    pdf.text(xx, y, s)
                elif it[0] == "l":
                    _, x1, y1, x2, y2, w = it
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke = it
                    pdf.set_line_width(0.5)
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


class Truth:
    """Collects truth lines plus, for the self-check, the printed forms each line's values must take."""

    def __init__(self, name, layout, producer, description):
        self.name, self.layout, self.producer, self.description = name, layout, producer, description
        self.lines, self.claims, self.legend, self.findings, self.exp = [], [], [], [], []

    def add(self, doc, s, *, cid, pcid, pat, printed, fm, date_str=None, units=True, mods=True, adjs=None,
            remarks=None, end=None, extra=(), ov=None, row_mods=None, units_str=None):
        tl = truth_line(doc.page, s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed,
                        units=units, modifiers=mods, adjustments=adjs, remarks=remarks, service_end=end,
                        description=False, overrides=ov)
        self.lines.append(tl)
        row = [s.code] + (list(s.mods) if mods and row_mods is None else list(row_mods or []))
        if date_str:
            row.append(date_str)
        if units:
            row.append(units_str if units_str is not None else tl["units"])
        for k in printed:
            if tl[k] is not None:
                row.append(fm(Decimal(tl[k])))
        row += list(extra)
        self.exp.append((doc.page, row, [str(x) for x in (cid, pcid, pat) if x]))
        return tl

    def claim(self, cid, pcid, pat, **tot):
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": claim_totals(**tot)})

    def write(self, path, pages):
        write_truth(path, self.layout, self.producer, pages, self.description, self.lines, self.claims,
                    self.legend, self.findings)


# ------------------------------------------------------------------------------------------ check
def _text_lines(page):
    words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5, use_text_flow=False)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
        for r in rows:
            if abs(r[0]["bottom"] - w["bottom"]) < 2.0:
                r.append(w)
                break
        else:
            rows.append([w])
    return [" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for r in rows]


def _has(line, s):
    if re.fullmatch(r"[\d.,$()\-]+", s):
        return re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d,]|\.\d)", line) is not None
    return s in line


def check(pdf_path: Path, tr: Truth, pages: int) -> list[str]:
    import json
    import pdfplumber
    errs = []
    data = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != pages or data["pages"] != pages:
            errs.append(f"page count {len(pdf.pages)} vs {pages}")
        plines = [_text_lines(p) for p in pdf.pages]
        full = "\n".join(p.extract_text() or "" for p in pdf.pages)
    for i, (pg, row, ids) in enumerate(tr.exp):
        tl = data["lines"][i]
        if not any(all(_has(ln, s) for s in row) for ln in plines[pg - 1]):
            errs.append(f"line {i} p{pg}: no text row holds {row}")
        for s in ids:
            if s not in full:
                errs.append(f"line {i}: id/patient {s!r} not in text")
        for r in tl["remarks"]:
            if r not in full:
                errs.append(f"line {i}: remark {r} not in text")
        for g, c, a in tl["adjustments"]:
            if c not in full:
                errs.append(f"line {i}: adj {g}{c} not in text")
        d = {k: (Decimal(v) if v is not None else None) for k, v in tl.items() if k in (
            "billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "discount",
            "not_covered")}
        if tl["adjustments"] and all(a is not None for _, _, a in tl["adjustments"]) and d["billed"] is not None \
                and d["paid"] is not None:
            if d["billed"] - sum(Decimal(a) for _, _, a in tl["adjustments"]) != d["paid"]:
                errs.append(f"line {i}: billed - adjustments != paid")
        if all(d[k] is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
            if d["allowed"] - d["deductible"] - d["copay"] - d["coinsurance"] != d["paid"]:
                errs.append(f"line {i}: allowed - share != paid")
        if all(d[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
            if d["billed"] - d["discount"] - d["not_covered"] != d["allowed"] and d["not_covered"] == 0:
                errs.append(f"line {i}: billed - discount != allowed")
    planted = " ".join(data["expected_findings"])
    for c in data["claims"]:
        ls = [x for x in data["lines"] if x["claim_id"] == c["claim_id"] and x["payer_claim_id"] == c["payer_claim_id"]
              and x["patient"] == c["patient"]]
        if not ls:
            errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            ssum = sum(Decimal(x[k]) for x in ls if x[k] is not None)
            key = c["payer_claim_id"] or c["claim_id"]
            if ssum != Decimal(v) and f"claim {key}" not in planted:
                errs.append(f"claim {key}: {k} total {v} != lines {ssum}")
            if ssum == Decimal(v) and f"claim {key}:" in planted and k in planted.split(f"claim {key}:")[1][:60]:
                errs.append(f"claim {key}: planted mismatch on {k} is not a mismatch")
    return errs
