"""Drawing surface (reportlab / fpdf2 behind one top-left API), table flow, truth recorder and the self-check
for bench/heldout67/make_heldout67_pdfs.py. Nothing here reads or runs the reader."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, UTC
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen  # noqa: E402
from eobgen import (ZERO, Svc, amt, claim_totals, dfmt, q, truth_line, units_str)  # noqa: E402

# A few more invented charges / fees for codes the sample factory does not price.
for _c, _f, _s, _d in (("97533", "88.00", "31.90", "Sensory integration activities"),
                       ("97162", "240.00", "101.12", "PT evaluation, moderate complexity"),
                       ("G0151", "140.00", "52.10", "Home health PT visit, per 15 min"),
                       ("97542", "70.00", "26.40", "Wheelchair management training"),
                       ("E0114", "118.00", "84.25", "Underarm crutches, pair"),
                       ("96112", "260.00", "121.80", "Developmental testing, first hour")):
    eobgen.FEE.setdefault(_c, _f)
    eobgen.SCHED.setdefault(_c, _s)
    eobgen.DESC.setdefault(_c, _d)

TTF = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "DVSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DVSerifCond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DVMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}
LETTER = (612.0, 792.0)


class Cv:
    """Top-left coordinates in points; y of text is its baseline."""

    def __init__(self, backend: str, path: Path, landscape: bool = False):
        self.backend, self.path = backend, path
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 0
        self.fam, self.size, self.bold = "LibSans", 8.0, False
        if backend == "rl":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            for k, (r, b) in FONTS.items():
                if k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, TTF + r))
                    pdfmetrics.registerFont(TTFont(k + "-B", TTF + b))
            self.pm = pdfmetrics
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=UTC))
            self.c.set_auto_page_break(False)
            self.c.set_margin(0)
            for k, (r, b) in FONTS.items():
                self.c.add_font(k, "", TTF + r)
                self.c.add_font(k, "B", TTF + b)

    def new_page(self):
        if self.backend == "rl":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.font(self.fam, self.size, self.bold)

    def font(self, fam=None, size=None, bold=False):
        self.fam, self.size, self.bold = fam or self.fam, size or self.size, bold
        core = self.fam in ("Helvetica", "Times", "Courier")
        if self.backend == "rl":
            if core:
                name = {"Helvetica": "Helvetica", "Times": "Times-Roman", "Courier": "Courier"}[self.fam]
                if bold:
                    name = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[name]
            else:
                name = self.fam + ("-B" if bold else "")
            self._rlname = name
            if self.page:
                self.c.setFont(name, self.size)
        else:
            if self.page:
                self.c.set_font(self.fam.lower() if core else self.fam, "B" if bold else "", self.size)

    def width(self, s: str) -> float:
        if self.backend == "rl":
            return self.pm.stringWidth(s, self._rlname, self.size)
        return self.c.get_string_width(s)

    def text(self, x, y, s, align="l"):
        s = str(s)
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.backend == "rl":
            self.c.setFillGray(0)
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.set_text_color(0)
            self.c.text(x, y, s)

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                self.c.set_fill_color(int(fill * 255))
            style = ("F" if not stroke else "DF") if fill is not None else "D"
            self.c.rect(x, y, w, h, style=style)

    def hline(self, x1, x2, y, lw=0.5):
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(lw)
            self.c.line(x1, y, x2, y)

    def save(self):
        if self.backend == "rl":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))


class Doc:
    """One document being built: canvas, page furniture callback, y cursor, truth rows and check notes."""

    def __init__(self, cv: Cv, furniture, top: float, bottom: float, total_pages: int):
        self.cv, self.furniture, self.bottom, self.N = cv, furniture, bottom, total_pages
        self.lines: list[dict] = []
        self.rows: list[dict] = []  # check notes per truth line
        self.claims: list[dict] = []
        self.claim_lines: list[list[int]] = []
        self.y = 0.0
        self.on_break = None  # callback drawing a repeated header after a page break
        self.page()

    def page(self):
        self.cv.new_page()
        self.y = self.furniture(self.cv, self.cv.page, self.N)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.page()
            if self.on_break:
                self.on_break()
            return True
        return False

    def start_claim(self, claim_id, payer_claim_id, patient):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": claim_totals()})
        self.claim_lines.append([])

    def set_totals(self, **kw):
        self.claims[-1]["totals"] = claim_totals(**kw)

    def rec(self, s: Svc, ys: list[float], *, printed, claim=None, units=True, mods=True, adjs=None,
            remarks=None, date_on_row=True, service_end=None, overrides=None, all_adj=False):
        c = self.claims[-1] if claim is None else claim
        row = truth_line(self.cv.page, s, claim_id=c["claim_id"], payer_claim_id=c["payer_claim_id"],
                         patient=c["patient"], printed=tuple(printed), units=units, modifiers=mods,
                         adjustments=adjs, remarks=remarks, service_end=service_end, description=False,
                         overrides=overrides)
        self.lines.append(row)
        self.rows.append({"ys": list(ys), "size": self.cv.size, "date_on_row": date_on_row, "all_adj": all_adj,
                          "seq": s.seq})
        self.claim_lines[-1 if claim is None else self.claims.index(c)].append(len(self.lines) - 1)


def draw_row(cv: Cv, y: float, cols: list, vals: list, pad=2.0):
    """cols: (x, w, align); vals: strings (None = blank)."""
    for (x, w, a), v in zip(cols, vals):
        if v is None or v == "":
            continue
        if a == "r":
            cv.text(x + w - pad, y, v, "r")
        elif a == "c":
            cv.text(x + w / 2, y, v, "c")
        else:
            cv.text(x + pad, y, v)


def grid(xs0: float, widths: list[float], aligns: str):
    out, x = [], xs0
    for w, a in zip(widths, aligns):
        out.append((x, w, a))
        x += w
    return out


# ------------------------------------------------------------------------------------------------- check

_MONEY = re.compile(r"^\(?-?\$?([0-9][0-9,]*\.[0-9]{2})\)?-?$")


def _num(tok: str):
    tok = tok.strip(",;:*")
    m = _MONEY.match(tok)
    if m:
        return Decimal(m.group(1).replace(",", ""))
    return None


def _date_forms(d: date) -> list[str]:
    forms = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mdyn", "iso", "dmy", "mon")]
    forms.append(f"{d.month:02d}-{d.day:02d}-{d.year}")
    forms.append(f"{d.month:02d}-{d.day:02d}-{d.year % 100:02d}")
    forms.append(f"{d.day} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][d.month - 1]} de {d.year}")
    return forms


def check(pdf: Path, truth: dict, rows: list[dict], claim_lines: list[list[int]]) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    with pdfplumber.open(str(pdf)) as p:
        if len(p.pages) != truth["pages"]:
            errs.append(f"pages {len(p.pages)} != {truth['pages']}")
        words = [pg.extract_words(keep_blank_chars=False, use_text_flow=False) for pg in p.pages]
        texts = [pg.extract_text() or "" for pg in p.pages]
    doc_text = "\n".join(texts)
    for i, (ln, note) in enumerate(zip(truth["lines"], rows)):
        tag = f"{pdf.name} line {i} ({ln['code']} {ln['service_date']})"
        pw = words[ln["page"] - 1]
        toks = []
        for y in note["ys"]:
            toks += [w["text"] for w in sorted(pw, key=lambda w: w["x0"])
                     if y - note["size"] * 0.9 <= (w["top"] + w["bottom"]) / 2 <= y + 0.5]
        rowtxt = " ".join(toks)
        if not toks:
            errs.append(f"{tag}: no text on row")
            continue
        if ln["code"] and ln["code"] not in rowtxt:
            errs.append(f"{tag}: code not on row: {rowtxt}")
        for m in ln["modifiers"]:
            if not re.search(m, rowtxt):
                errs.append(f"{tag}: modifier {m} not on row")
        if ln["units"] is not None:
            if not any(re.fullmatch(r"[0-9]+(\.[0-9]+)?", t.strip(",;:")) and
                       Decimal(t.strip(",;:")).normalize() == Decimal(ln["units"]).normalize() for t in toks):
                if not re.search(r"(^|\D)" + re.escape(ln["units"]) + r"(\s|$|\s*x|\.0)", rowtxt):
                    errs.append(f"{tag}: units {ln['units']} not on row: {rowtxt}")
        nums = [n for n in (_num(t) for t in toks) if n is not None]
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            v = ln[k]
            if v is not None and abs(Decimal(v)) not in nums:
                errs.append(f"{tag}: {k} {v} not on row: {rowtxt}")
        for g, r, a in ln["adjustments"]:
            if not re.search(rf"{g}\s*-?\s*{r}\b", rowtxt):
                errs.append(f"{tag}: adj {g}-{r} not on row: {rowtxt}")
            if a is not None and abs(Decimal(a)) not in nums:
                errs.append(f"{tag}: adj amount {a} not on row")
        for r in ln["remarks"]:
            if r not in toks and r not in rowtxt:
                errs.append(f"{tag}: remark {r} not on row")
        d = date.fromisoformat(ln["service_date"])
        where = rowtxt if note["date_on_row"] else texts[ln["page"] - 1]
        if not any(f in where for f in _date_forms(d)):
            errs.append(f"{tag}: date not found")
        if ln["service_end"] and not any(f in rowtxt for f in _date_forms(date.fromisoformat(ln["service_end"]))):
            errs.append(f"{tag}: service_end not on row")
        for k in ("claim_id", "payer_claim_id", "patient"):
            v = ln[k]
            if v is not None and v not in texts[ln["page"] - 1] and v not in doc_text.replace("\n", " "):
                errs.append(f"{tag}: {k} {v!r} not in text")
        D = lambda k: Decimal(ln[k]) if ln[k] is not None else None  # noqa: E731
        if note["all_adj"] and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), ZERO)
            if D("billed") - s != D("paid"):
                errs.append(f"{tag}: billed - adjustments != paid")
        if ln["allowed"] is not None and ln["paid"] is not None and ln["deductible"] is not None \
                and ln["coinsurance"] is not None:
            left = D("allowed") - D("deductible") - D("coinsurance") - (D("copay") or ZERO) - note["seq"]
            if left != D("paid"):
                errs.append(f"{tag}: allowed - shares != paid")
        if ln["billed"] is not None and ln["allowed"] is not None and ln["discount"] is not None:
            if D("billed") - D("discount") - (D("not_covered") or ZERO) != D("allowed"):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
    planted = " ".join(truth["expected_findings"])
    for c, idx in zip(truth["claims"], claim_lines):
        for k, v in c["totals"].items():
            if v is None:
                continue
            vals = [Decimal(truth["lines"][i][k]) for i in idx if truth["lines"][i][k] is not None]
            s = sum(vals, ZERO)
            if not vals:
                s = Decimal(v)  # the layout prints this total per claim only
            mismatch = s != Decimal(v)
            key = f"claim {c['payer_claim_id'] or c['claim_id']}"
            if mismatch and key not in planted:
                errs.append(f"{pdf.name}: {key} total {k} {v} != lines {s}")
            if not mismatch and key in planted and k.replace("_", " ") in planted:
                errs.append(f"{pdf.name}: planted mismatch {key} {k} is not a mismatch")
            vv = Decimal(v)
            forms = {f"{abs(vv):,.2f}", f"{abs(vv):.2f}"}
            if not any(f in doc_text for f in forms):
                errs.append(f"{pdf.name}: {key} total {k} {v} not printed")
    return errs


__all__ = ["Cv", "Doc", "draw_row", "grid", "check", "ZERO", "Svc", "amt", "q", "dfmt", "units_str"]
