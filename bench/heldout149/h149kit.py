"""Drawing and self-check helpers for bench/heldout149 (see make_heldout149_pdfs.py's docstring).

Pages are recorded as drawing operations (y measured from the top, text y = baseline) and emitted by reportlab
or fpdf2. The self-check reads the written PDFs with pdfplumber; it tests the factory, never the reader.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

TTF = "/usr/share/fonts/truetype/"
FONTS = {  # name -> ttf path (None = a core PDF font of that name)
    "Helvetica": None, "Helvetica-Bold": None, "Times-Roman": None, "Times-Bold": None,
    "Courier": None, "Courier-Bold": None,
    "LibSerif": TTF + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": TTF + "liberation2/LiberationSerif-Bold.ttf",
    "LibSans": TTF + "liberation2/LiberationSans-Regular.ttf",
    "LibSans-B": TTF + "liberation2/LiberationSans-Bold.ttf",
    "LibNarrow": TTF + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": TTF + "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": TTF + "liberation/LiberationMono-Regular.ttf",
    "LibMono-B": TTF + "liberation2/LiberationMono-Bold.ttf",
    "DejaVu": TTF + "dejavu/DejaVuSans.ttf",
    "DejaVu-B": TTF + "dejavu/DejaVuSans-Bold.ttf",
    "DVSerifC": TTF + "dejavu/DejaVuSerifCondensed.ttf",
    "DVSerifC-B": TTF + "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": TTF + "dejavu/DejaVuSansMono.ttf",
    "DVMono-B": TTF + "dejavu/DejaVuSansMono-Bold.ttf",
}
_CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
              "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


def width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if FONTS[font] and font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, FONTS[font]))
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, maxw: float) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and width(t, font, size) > maxw:
            out.append(cur)
            cur = w
        else:
            cur = t
    return out + ([cur] if cur else [])


class Doc:
    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.pages: list[list] = []

    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    def text(self, x, y, s, font, size, align="l", grey=0.0):
        self.pages[-1].append(("t", x, y, str(s), font, size, align, grey))

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    # ------------------------------------------------------------------ emit
    def save_reportlab(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        for f in {op[4] for p in self.pages for op in p if op[0] == "t"}:
            width("x", f, 8)
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        H = self.h
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, sz, al, g = op
                    c.setFillGray(g)
                    c.setFont(f, sz)
                    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[al](x, H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    c.setLineWidth(lw)
                    c.line(x1, H - y1, x2, H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            c.showPage()
        c.save()

    def save_fpdf(self, path: Path, title: str, when) -> None:
        from fpdf import FPDF
        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(when)
        pdf.set_title(title)
        used = sorted({op[4] for p in self.pages for op in p if op[0] == "t"})
        fam = {}
        for f in used:
            if FONTS[f]:
                pdf.add_font(f.lower(), "", FONTS[f])
                fam[f] = (f.lower(), "")
            else:
                fam[f] = _CORE_FPDF[f]
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, sz, al, g = op
                    pdf.set_font(fam[f][0], fam[f][1], sz)
                    pdf.set_text_color(int(g * 255))
                    w = pdf.get_string_width(s)
                    x0 = x if al == "l" else (x - w if al == "r" else x - w / 2)
                    pdf.text(x0, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw = op
                    pdf.set_line_width(lw)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                    style = ("F" if fill is not None else "") + ("D" if stroke else "")
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


# ---------------------------------------------------------------------------------------------- self-check

def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list] = []
    for w in words:
        if rows and abs(rows[-1][0] - w["top"]) < 2.5:
            rows[-1][1].append(w)
        else:
            rows.append([w["top"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda x: x["x0"])) for r in rows]


def check_file(pdf: Path, meta: dict) -> list[str]:
    """meta: money=(style, neg), dates=[dfmt styles], adj_complete=bool. Returns problems."""
    from datetime import date

    import pdfplumber
    from eobgen import dfmt, money
    errs = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(pdf) as doc:
        if len(doc.pages) != truth["pages"]:
            errs.append(f"pages {len(doc.pages)} != {truth['pages']}")
        rows = [_rows(p) for p in doc.pages]
    alltext = "\n".join("\n".join(r) for r in rows)
    st, neg = meta["money"]
    M = lambda a: money(Decimal(a), st, neg)  # noqa: E731
    for i, ln in enumerate(truth["lines"]):
        prow = rows[ln["page"] - 1]
        need = [ln["code"]] + ln["modifiers"] + [M(ln[k]) for k in
                ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                 "not_covered", "discount") if ln[k] is not None]
        if ln["description"]:
            need.append(ln["description"])
        cands = [j for j, r in enumerate(prow) if all(n in r for n in need)]
        d = date.fromisoformat(ln["service_date"])
        dstrs = [dfmt(d, s) if s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")
                 else d.strftime(s) for s in meta["dates"]]
        if ln["units"] is not None:
            u = Decimal(ln["units"])
            us = {ln["units"], f"{u:.2f}", f"{u:.1f}", f"{u:.3f}"}
            cands = [j for j in cands if us & set(prow[j].split())]
        if not cands:
            errs.append(f"line {i} ({ln['code']} {ln['service_date']}): no row holds {need} units={ln['units']}")
            continue
        dated = [j for j in cands if any(ds in prow[j] for ds in dstrs)]
        j = dated[0] if dated else cands[-1]
        if not any(ds in r for ds in dstrs for r in prow[max(0, j - 40):j + 1]):
            errs.append(f"line {i}: date {dstrs} not on/above its row")
        if ln["service_end"]:
            de = date.fromisoformat(ln["service_end"])
            if not any(dfmt(de, s) in prow[j] for s in meta["dates"] if s in ("mdy2", "mdy4", "mdY8", "mdy6")):
                errs.append(f"line {i}: thru date not on row")
        near = " ".join(prow[j:j + 4])
        for g, c, a in ln["adjustments"]:
            if a is not None and M(a) not in near:
                errs.append(f"line {i}: adjustment amount {a} not near row")
            if c not in near and c not in "\n".join(prow):
                errs.append(f"line {i}: adjustment code {g}{c} not on page")
        for r in ln["remarks"]:
            if r not in near:
                errs.append(f"line {i}: remark {r} not near row")
        if meta.get("adj_complete") and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
        if meta.get("plan_arith") and ln["allowed"] is not None and ln["paid"] is not None:
            share = sum(Decimal(ln[k] or 0) for k in ("deductible", "copay", "coinsurance"))
            if Decimal(ln["allowed"]) - share != Decimal(ln["paid"]) and ln["not_covered"] in (None, "0.00"):
                errs.append(f"line {i}: allowed - shares != paid")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in alltext:
                errs.append(f"line {i}: {k} {ln[k]!r} not in document")
    planted = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"] and
                ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            key = c["payer_claim_id"] or c["claim_id"]
            if s != Decimal(v) and str(key) not in planted:
                errs.append(f"claim {key} total {k} {v} != lines {s}")
            if s == Decimal(v) and str(key) in planted and k == meta.get("planted_field"):
                errs.append(f"claim {key}: planted mismatch does not mismatch")
            if M(v) not in alltext:
                errs.append(f"claim {key} total {k} {M(v)} not printed")
    return errs


def spans_pages(truth: dict) -> bool:
    seen: dict = {}
    for ln in truth["lines"]:
        seen.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
    return any(len(p) > 1 for p in seen.values())
