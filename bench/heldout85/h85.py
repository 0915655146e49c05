"""Helper for bench/heldout85/make_heldout85_pdfs.py: a tiny page model (text, rules, boxes in points from the
top-left corner) drawn by reportlab or fpdf2, a row cursor that breaks pages and remembers on which text rows each
service was drawn, and the self-check that reads the written PDFs back with pdfplumber."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TTF = {
    "LS": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LSB": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LN": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LNB": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LR": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LRB": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LM": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LMB": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DS": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DSB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DCB": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DR": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DRB": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DRC": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "DRCB": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "HelvB": "Helvetica-Bold", "Cour": "Courier", "CourB": "Courier-Bold",
           "Times": "Times-Roman", "TimesB": "Times-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "HelvB": ("helvetica", "B"), "Cour": ("courier", ""),
           "CourB": ("courier", "B"), "Times": ("times", ""), "TimesB": ("times", "B")}


class Doc:
    def __init__(self, landscape: bool = False):
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.landscape = landscape
        self.pages: list[list[tuple]] = []

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def page(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, font="LS", size=8.0, align="l"):
        self.pages[-1].append(("t", x, y, str(s), font, size, align))

    def rule(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def box(self, x, y, w, h, fill=None, lw=0.6):
        self.pages[-1].append(("r", x, y, w, h, fill, lw))

    # ------------------------------------------------------------------ render
    def save_reportlab(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(path.stem)
        reg = set(pdfmetrics.getRegisteredFontNames())
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    name = CORE_RL.get(font)
                    if name is None:
                        name = "h85" + font
                        if name not in reg:
                            pdfmetrics.registerFont(TTFont(name, TTF[font]))
                            reg.add(name)
                    c.setFont(name, size)
                    c.setFillGray(0)
                    w = pdfmetrics.stringWidth(s, name, size)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    c.drawString(xx, self.H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, stroke=1 if lw else 0, fill=1)
                        c.setFillGray(0)
                    else:
                        c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path) -> None:
        from fpdf import FPDF

        pdf = FPDF(orientation="L" if self.landscape else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(path.stem)
        added = set()
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align = op
                    if font in CORE_FP:
                        fam, st = CORE_FP[font]
                    else:
                        fam, st = "h85" + font.lower(), ""
                        if fam not in added:
                            pdf.add_font(fam, "", TTF[font])
                            added.add(fam)
                    pdf.set_font(fam, st, size)
                    w = pdf.get_string_width(s)
                    xx = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, lw = op
                    pdf.set_line_width(lw or 0.1)
                    if fill is not None:
                        g = int(fill * 255)
                        pdf.set_fill_color(g, g, g)
                        pdf.rect(x, y, w, h, style="DF" if lw else "F")
                    else:
                        pdf.rect(x, y, w, h)
        pdf.output(str(path))


class Cursor:
    """Row cursor: y moves down; ``need(h)`` breaks the page (calling ``on_break``) when h does not fit."""

    def __init__(self, doc: Doc, top: float, bottom: float, on_break):
        self.doc, self.top, self.bottom, self.on_break = doc, top, bottom, on_break
        self.y = top

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.top
            self.on_break(self)
            return True
        return False


def cells(doc: Doc, y: float, cols: list, vals: list, font: str, size: float) -> None:
    """cols: (x, align) pairs; vals: strings (None/'' skipped)."""
    for (x, al), v in zip(cols, vals):
        if v not in (None, ""):
            doc.text(x, y, v, font, size, al)


# ---------------------------------------------------------------------------------------------- check

def _rows(page, baselines: list[float], sizes: list[float]) -> str:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.2)
    out = []
    for b, sz in zip(baselines, sizes):
        ws = [w for w in words if abs(w["bottom"] - (b + 0.22 * sz)) <= 0.3 * sz + 1.2]
        ws.sort(key=lambda w: w["x0"])
        out.append(" ".join(w["text"] for w in ws))
    return " | ".join(out)


def has(text: str, needle: str) -> bool:
    return re.search(r"(?<![\w.,])" + re.escape(needle) + r"(?![\w]|[.,]\d)", text) is not None


def check(out: Path, specs: dict) -> list[str]:
    """specs[name] = dict(rows=[(page, [baselines], [sizes]) per line], fmt=callables, date_in_row bool)."""
    import pdfplumber

    errs: list[str] = []
    for name, sp in specs.items():
        pdfp = out / name
        truth = json.loads(Path(str(pdfp) + ".truth.json").read_text())
        with pdfplumber.open(pdfp) as pdf:
            if len(pdf.pages) != truth["pages"]:
                errs.append(f"{name}: pages {len(pdf.pages)} != {truth['pages']}")
            alltext = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pdf.pages))
            ptext = {i + 1: re.sub(r"\s+", " ", p.extract_text() or "") for i, p in enumerate(pdf.pages)}
            for i, (ln, (pg, bls, szs)) in enumerate(zip(truth["lines"], sp["rows"])):
                if ln["page"] != pg:
                    errs.append(f"{name} line {i}: truth page {ln['page']} drawn on {pg}")
                row = _rows(pdf.pages[pg - 1], bls, szs)
                tag = f"{name} line {i} p{pg} [{row[:90]}]"
                need = []
                if ln["code"]:
                    need.append(ln["code"])
                need += ln["modifiers"]
                if ln["units"] is not None:
                    need.append(sp["ufmt"](Decimal(ln["units"])))
                for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                          "not_covered", "discount"):
                    if ln[k] is not None:
                        need.append(sp["mfmt"](Decimal(ln[k])))
                for g, c, a in ln["adjustments"]:
                    need += [g, c] if "adjfmt" not in sp else [sp["adjfmt"](g, c)]
                    if a is not None:
                        need.append(sp["mfmt"](Decimal(a)))
                need += ln["remarks"]
                for n in need:
                    hay = row.replace(" ", "") if sp.get("glued") else row
                    if not (has(row, n) or (sp.get("glued") and n in hay)):
                        errs.append(f"{tag}: {n!r} not on the service's rows")
                from datetime import date as _d
                ds = sp["dfmt"](_d.fromisoformat(ln["service_date"]))
                where = row if sp.get("date_in_row", True) else ptext[pg]
                if ds not in where:
                    errs.append(f"{tag}: date {ds!r} not found")
                if ln["service_end"]:
                    de = sp["dfmt"](_d.fromisoformat(ln["service_end"]))
                    if de not in row:
                        errs.append(f"{tag}: end date {de!r} not on row")
                for k in ("claim_id", "payer_claim_id", "patient"):
                    if ln[k] and ln[k] not in alltext:
                        errs.append(f"{tag}: {k} {ln[k]!r} not in document")
            # arithmetic
            for i, ln in enumerate(truth["lines"]):
                if ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]) and \
                        ln["billed"] is not None and ln["paid"] is not None and sp.get("all_adj", False):
                    s = Decimal(ln["billed"]) - sum(Decimal(a) for _, _, a in ln["adjustments"])
                    if s != Decimal(ln["paid"]):
                        errs.append(f"{name} line {i}: billed - adjustments {s} != paid {ln['paid']}")
                if ln["allowed"] is not None and ln["paid"] is not None and sp.get("allowed_chain"):
                    s = Decimal(ln["allowed"]) - sum(Decimal(ln[k] or 0) for k in ("deductible", "copay",
                                                                                       "coinsurance"))
                    if s != Decimal(ln["paid"]) and not sp["allowed_chain"](ln):
                        errs.append(f"{name} line {i}: allowed chain {s} != paid {ln['paid']}")
            planted = " ".join(truth["expected_findings"])
            nplanted = 0
            for cl in truth["claims"]:
                mine = [ln for ln in truth["lines"] if ln["payer_claim_id"] == cl["payer_claim_id"]
                        and ln["claim_id"] == cl["claim_id"] and ln["patient"] == cl["patient"]]
                if not mine:
                    errs.append(f"{name}: claim {cl} has no lines")
                for k, v in cl["totals"].items():
                    if v is None:
                        continue
                    if sp["mfmt"](Decimal(v)) not in alltext:
                        errs.append(f"{name}: claim total {k} {v} not printed")
                    s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0.00"))
                    if s != Decimal(v):
                        key = cl["payer_claim_id"] or cl["claim_id"]
                        if key and key in planted and k.replace("_", " ") in planted.lower().replace("_", " "):
                            nplanted += 1
                        else:
                            errs.append(f"{name}: claim {cl['claim_id']}/{cl['payer_claim_id']} {k} total {v} "
                                        f"!= lines {s}")
            if len(truth["expected_findings"]) != nplanted:
                errs.append(f"{name}: {len(truth['expected_findings'])} planted findings, {nplanted} real")
    return errs
