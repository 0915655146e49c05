"""Small drawing kit for bench/heldout35/make_heldout35_pdfs.py: one page-drawing API over reportlab and fpdf2
(top-left origin, points), and the factory self-check (text layer, same-row values, arithmetic)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

FONTS = "/usr/share/fonts/truetype"
TTF = {
    "LiberationSans": f"{FONTS}/liberation/LiberationSans-%s.ttf",
    "LiberationSerif": f"{FONTS}/liberation/LiberationSerif-%s.ttf",
    "LiberationSansNarrow": f"{FONTS}/liberation/LiberationSansNarrow-%s.ttf",
    "LiberationMono": f"{FONTS}/liberation/LiberationMono-%s.ttf",
    "DejaVuSans": f"{FONTS}/dejavu/DejaVuSans%s.ttf",
    "DejaVuSansCondensed": f"{FONTS}/dejavu/DejaVuSansCondensed%s.ttf",
    "DejaVuSerif": f"{FONTS}/dejavu/DejaVuSerif%s.ttf",
    "DejaVuSansMono": f"{FONTS}/dejavu/DejaVuSansMono%s.ttf",
}
CORE = {"Helvetica", "Times", "Courier"}


def _ttf_path(fam: str, style: str) -> str:
    pat = TTF[fam]
    if fam.startswith("Liberation"):
        return pat % {"": "Regular", "B": "Bold", "I": "Italic"}[style]
    if fam.startswith("DejaVuSerif"):
        return pat % {"": "", "B": "-Bold", "I": "-Italic"}[style]
    return pat % {"": "", "B": "-Bold", "I": "-Oblique"}[style]


class Doc:
    """y grows downward from the top edge; text y is the baseline."""

    def __init__(self, producer: str, path: Path, family: str, landscape: bool = False):
        self.producer, self.path, self.family = producer, path, family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 1
        self.size = 8.0
        self.style = ""
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if family not in CORE:
                for st in ("", "B", "I"):
                    name = family + st
                    if name not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(name, _ttf_path(family, st)))
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF
            from eobgen import FIXED_WHEN
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_auto_page_break(False)
            self.f.set_margins(0, 0, 0)
            if family not in CORE:
                for st in ("", "B", "I"):
                    self.f.add_font(family, st, _ttf_path(family, st))
            self.f.add_page()
        self.font("", 8)

    # ---------------------------------------------------------------- fonts & text
    def _rlname(self) -> str:
        if self.family in CORE:
            base = {"Helvetica": "Helvetica", "Times": "Times-Roman", "Courier": "Courier"}[self.family]
            if self.style == "B":
                return {"Helvetica": "Helvetica-Bold", "Times": "Times-Bold", "Courier": "Courier-Bold"}[self.family]
            if self.style == "I":
                return {"Helvetica": "Helvetica-Oblique", "Times": "Times-Italic",
                        "Courier": "Courier-Oblique"}[self.family]
            return base
        return self.family + self.style

    def font(self, style: str = "", size: float | None = None) -> None:
        self.style = style
        if size:
            self.size = size
        if self.producer == "reportlab":
            self.c.setFont(self._rlname(), self.size)
        else:
            self.f.set_font(self.family, style, self.size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._rlname(), self.size)
        return self.f.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l", color=(0, 0, 0)) -> None:
        if not s:
            return
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillColorRGB(*color)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self.f.set_text_color(*[int(v * 255) for v in color])
            self.f.text(x, y, s)
            self.f.set_text_color(0, 0, 0)

    def wrap(self, s: str, w: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.width(t) <= w or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out or [""]

    # ---------------------------------------------------------------- shapes
    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillColorRGB(*fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self.f.set_line_width(lw)
            if fill is not None:
                self.f.set_fill_color(*[int(v * 255) for v in fill])
            st = ("D" if stroke else "") + ("F" if fill is not None else "")
            self.f.rect(x, y, w, h, style=st or "D")

    def hline(self, x1, x2, y, lw=0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.f.set_line_width(lw)
            self.f.line(x1, y, x2, y)

    def vline(self, x, y1, y2, lw=0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.f.set_line_width(lw)
            self.f.line(x, y1, x, y2)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1
        self.font(self.style, self.size)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.f.output(str(self.path))
        return self.page


# ------------------------------------------------------------------------------------------ self-check

@dataclass
class Fmt:
    """How a layout prints values, so the check can look for truth values in the text layer."""
    money: object  # Decimal -> str
    date: object  # date -> str
    codemods: object  # (code, mods) -> list[str] tokens that must be on the row
    units: object = None  # str -> str
    adj: object = None  # (g, r, amount) -> list[str] tokens on the page


@dataclass
class RowCheck:
    line: dict
    groups: list  # list of lists of field names; each group on one text line, groups within a few lines
    page_fields: list = field(default_factory=list)  # fields that only need to be on the page
    adj_complete: bool = False  # every adjustment of the line is printed with its amount
    owes_is: tuple = ()  # e.g. ("billed", "-paid", "-adj") printed identities to assert


def _lines_of_page(page) -> list[tuple[str, list[str]]]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) <= 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    rows.sort(key=lambda r: r[0])
    out = []
    for _, ws in rows:
        ws.sort(key=lambda w: w["x0"])
        toks = [w["text"] for w in ws]
        out.append((" ".join(toks), toks))
    return out


def _has(line: tuple[str, list[str]], tok: str) -> bool:
    text, toks = line
    if " " in tok:
        return tok in text
    return tok in toks


def tokens_for(fieldname: str, ln: dict, fmt: Fmt) -> list[str]:
    from datetime import date as _d
    if fieldname == "service_date":
        return [fmt.date(_d.fromisoformat(ln["service_date"]))]
    if fieldname == "service_end":
        return [fmt.date(_d.fromisoformat(ln["service_end"]))] if ln["service_end"] else []
    if fieldname == "codemods":
        return list(fmt.codemods(ln["code"], ln["modifiers"]))
    if fieldname == "units":
        return [fmt.units(ln["units"])] if ln["units"] is not None else []
    if fieldname == "remarks":
        return list(ln["remarks"])
    v = ln.get(fieldname)
    if v is None:
        raise AssertionError(f"field {fieldname} listed on the row but null in truth")
    return [fmt.money(Decimal(v))]


def check_pdf(pdf: Path, truth: dict, rows: list[RowCheck], fmt: Fmt, findings_fields: set) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    with pdfplumber.open(str(pdf)) as p:
        if len(p.pages) != truth["pages"]:
            errs.append(f"{pdf.name}: pages {len(p.pages)} != truth {truth['pages']}")
        plines = [_lines_of_page(pg) for pg in p.pages]
        ptext = [pg.extract_text() or "" for pg in p.pages]
    doc_text = "\n".join(ptext)
    flat = re.sub(r"\s+", " ", doc_text)
    for rc in rows:
        ln = rc.line
        pg = ln["page"]
        lines = plines[pg - 1]
        where = None
        for gi, grp in enumerate(rc.groups):
            toks = [t for f in grp for t in tokens_for(f, ln, fmt)]
            hits = [i for i, l in enumerate(lines) if all(_has(l, t) for t in toks)]
            if where is not None:
                hits = [i for i in hits if abs(i - where) <= 4]
            if not hits:
                errs.append(f"{pdf.name} p{pg}: no text line with {toks} ({ln['code']} {ln['service_date']})")
                break
            if gi == 0:
                where = hits[0]
        pagetxt = re.sub(r"\s+", " ", ptext[pg - 1])
        for f in rc.page_fields:
            for t in tokens_for(f, ln, fmt):
                if t not in pagetxt:
                    errs.append(f"{pdf.name} p{pg}: {f} token {t!r} not on page")
        for g, r, a in ln["adjustments"]:
            if fmt.adj:
                for t in fmt.adj(g, r, Decimal(a) if a is not None else None):
                    if t not in pagetxt:
                        errs.append(f"{pdf.name} p{pg}: adjustment token {t!r} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in flat:
                errs.append(f"{pdf.name}: {k} {ln[k]!r} not in the text layer")
        if rc.adj_complete and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{pdf.name}: billed - adjustments != paid for {ln['code']} {ln['service_date']}")
        if all(ln.get(k) is not None for k in ("allowed", "deductible", "copay", "coinsurance", "paid")):
            if Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - \
                    Decimal(ln["coinsurance"]) != Decimal(ln["paid"]) and not ln.get("_cob"):
                errs.append(f"{pdf.name}: allowed - ded - copay - coins != paid ({ln['code']} {ln['service_date']})")
    # remark legend codes on the document
    for code, _ in truth["legend"]:
        if code not in doc_text:
            errs.append(f"{pdf.name}: legend code {code} not printed")
    # claim totals = sum of lines unless planted
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if ln["claim_id"] == c["claim_id"] and
                ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"{pdf.name}: claim {c} has no lines")
            continue
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            planted = (c["payer_claim_id"] or c["claim_id"], k) in findings_fields
            if planted:
                if s == Decimal(v):
                    errs.append(f"{pdf.name}: planted mismatch on {c['payer_claim_id']} {k} is not a mismatch")
            elif s != Decimal(v):
                errs.append(f"{pdf.name}: claim {c['payer_claim_id'] or c['claim_id']} {k} total {v} != lines {s}")
            if fmt.money(Decimal(v)) not in flat:
                errs.append(f"{pdf.name}: claim total {k} {fmt.money(Decimal(v))} not printed")
    return errs
