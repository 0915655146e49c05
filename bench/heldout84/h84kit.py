"""Small drawing and self-check kit for bench/heldout84/make_heldout84_pdfs.py.

A layout draws onto a ``Doc`` (top-left origin, points); the same recorded drawing is rendered by reportlab
or by fpdf2. Every printed service line is registered with the text-line baselines it occupies, so that the
self-check can look for each truth value on the service's own text line(s) of the extracted text layer.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerifCondensed": "dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono.ttf", "DejaVuSansMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf", "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf", "LiberationMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
_registered: set[str] = set()


def _rl_font(name: str) -> str:
    if name in CORE:
        return name
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / TTF[name])))
        _registered.add(name)
    return name


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, _rl_font(font), size)


class Doc:
    def __init__(self, name: str, producer: str, fonts: dict[str, str], size=(612.0, 792.0)):
        self.name, self.producer, self.fonts = name, producer, fonts
        self.w, self.h = size
        self.pages: list[list[tuple]] = []
        self.blocks: list[dict] = []  # one per truth line: page, ys (baselines), ctx ys, sizes

    @property
    def pno(self) -> int:
        return len(self.pages)

    def page(self) -> int:
        self.pages.append([])
        return self.pno

    def t(self, x: float, y: float, s: str, st: str = "R", sz: float = 8, align: str = "l") -> None:
        font = self.fonts[st]
        if align == "r":
            x -= width(s, font, sz)
        elif align == "c":
            x -= width(s, font, sz) / 2
        self.pages[-1].append(("t", x, y, s, font, sz))

    def wrap(self, s: str, st: str, sz: float, maxw: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            cand = (cur + " " + word).strip()
            if cur and width(cand, self.fonts[st], sz) > maxw:
                out.append(cur)
                cur = word
            else:
                cur = cand
        if cur:
            out.append(cur)
        return out

    def ln(self, x1, y1, x2, y2, lw=0.5, gray=0.0) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, gray))

    def box(self, x, y, w, h, fill=None, stroke=True, lw=0.5) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def service(self, truth: dict, ys: list[float], ctx: list[float] | None = None, sz: float = 8) -> dict:
        truth["page"] = self.pno
        self.blocks.append({"page": self.pno, "ys": list(ys), "ctx": list(ctx or []), "sz": sz})
        return truth

    # ----------------------------------------------------------------------------------------- render
    def render(self, path: Path) -> None:
        if self.producer == "reportlab":
            self._render_rl(path)
        else:
            self._render_fpdf(path)

    def _render_rl(self, path: Path) -> None:
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(self.name)
        c.setAuthor("")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, sz = op
                    c.setFillGray(0)
                    c.setFont(_rl_font(font), sz)
                    c.drawString(x, self.h - y, s.replace("{NP}", str(len(self.pages))))
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, gray = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(gray)
                    c.line(x1, self.h - y1, x2, self.h - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.h - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
            c.showPage()
        c.save()

    def _render_fpdf(self, path: Path) -> None:
        from fpdf import FPDF

        from eobgen import FIXED_WHEN

        pdf = FPDF(unit="pt", format=(self.w, self.h))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(self.name)
        fam: dict[str, tuple[str, str]] = {}
        for font in sorted(set(self.fonts.values())):
            if font in CORE:
                base = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}[font.split("-")[0]]
                fam[font] = (base, "B" if font.endswith("Bold") else "")
            else:
                fname = font.replace("-Bold", "")
                style = "B" if font.endswith("-Bold") else ""
                pdf.add_font(fname, style, str(FONT_DIR / TTF[font]))
                fam[font] = (fname, style)
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, sz = op
                    pdf.set_text_color(0)
                    pdf.set_font(fam[font][0], fam[font][1], sz)
                    pdf.text(x, y, s.replace("{NP}", str(len(self.pages))))
                elif op[0] == "l":
                    _, x1, y1, x2, y2, lw, gray = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(int(gray * 255))
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    pdf.set_draw_color(0)
                    style = ""
                    if fill is not None:
                        pdf.set_fill_color(int(fill * 255))
                        style += "F"
                    if stroke:
                        style = "D" + style if style else "D"
                    pdf.rect(x, y, w, h, style="DF" if style == "DF" or style == "FD" else style)
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ check
MONEY_RE = re.compile(r"\(?-?\$?\d[\d,]*\.\d\d\)?-?")


def parse_amounts(text: str) -> list[Decimal]:
    out = []
    for m in MONEY_RE.finditer(text):
        s = m.group(0)
        neg = s.startswith("(") or s.startswith("-") or s.endswith("-") or s.startswith("(-")
        body = s.strip("()-$").replace("$", "").replace(",", "")
        try:
            v = Decimal(body)
        except InvalidOperation:
            continue
        out.append(-v if neg else v)
    return out


def row_text(words: list[dict], y: float, sz: float) -> str:
    mid = y - 0.3 * sz
    sel = [w for w in words if w["top"] - 0.5 <= mid <= w["bottom"] + 0.5 and abs(w["bottom"] - y) < sz]
    sel.sort(key=lambda w: w["x0"])
    return " ".join(w["text"] for w in sel)


def date_forms(d) -> list[str]:
    from eobgen import dfmt

    forms = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdy6", "mdY8", "mon", "month", "mdyn", "iso")]
    forms += [f"{d.month:02d}{d.day:02d}", f"{d.month:02d}-{d.day:02d}-{d.year}", f"{d.month:02d}-{d.day:02d}-{d.year % 100:02d}",
              f"{d:%b}. {d.day}, {d.year}", f"{d.day:02d}-{d:%b}-{d.year % 100:02d}".upper()]
    return forms


def check_doc(doc: Doc, pdf_path: Path, truth: dict, equations: set[str], findings_mismatch: set[str]) -> list[str]:
    import pdfplumber
    from datetime import date as _date

    errs: list[str] = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        pages_words = [p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5) for p in pdf.pages]
        full = "\n".join(p.extract_text() or "" for p in pdf.pages)
        npages = len(pdf.pages)
    full_flat = re.sub(r"\s+", " ", full)
    if npages != truth["pages"]:
        errs.append(f"page count {npages} != {truth['pages']}")
    if len(doc.blocks) != len(truth["lines"]):
        errs.append("block/line count mismatch")
    for i, (blk, ln) in enumerate(zip(doc.blocks, truth["lines"])):
        tag = f"line {i + 1} ({ln['code']} {ln['service_date']})"
        if blk["page"] != ln["page"]:
            errs.append(f"{tag}: page {blk['page']} != truth {ln['page']}")
        words = pages_words[blk["page"] - 1]
        rt = " ".join(row_text(words, y, blk["sz"]) for y in blk["ys"])
        ct = rt + " " + " ".join(row_text(words, y, blk["sz"]) for y in blk["ctx"])
        if not rt.strip():
            errs.append(f"{tag}: no text on its row")
            continue
        amounts = parse_amounts(rt)
        if ln["code"] and ln["code"] not in rt:
            errs.append(f"{tag}: code not on row: {rt!r}")
        for m in ln["modifiers"]:
            if not re.search(r"(?<![A-Z0-9])" + re.escape(m) + r"(?![A-Z0-9])", rt.replace(ln["code"] or "@@", " ")):
                errs.append(f"{tag}: modifier {m} not on row: {rt!r}")
        if ln["units"] is not None:
            u = Decimal(ln["units"])
            toks = re.findall(r"(?<![\d.,$/\-:])\d+(?:\.\d+)?(?![\d,/\-]|\.\d)", rt)
            if not any(Decimal(t) == u for t in toks):
                errs.append(f"{tag}: units {u} not on row: {rt!r}")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount"):
            if ln[k] is not None and Decimal(ln[k]) not in amounts:
                errs.append(f"{tag}: {k} {ln[k]} not on row: {rt!r}")
        for g, rc, a in ln["adjustments"]:
            if not re.search(re.escape(g) + r"[\s\-:/]?" + re.escape(rc) + r"(?!\d)", rt):
                errs.append(f"{tag}: adjustment {g}-{rc} not on row: {rt!r}")
            if a is not None and Decimal(a) not in amounts:
                errs.append(f"{tag}: adjustment amount {a} not on row: {rt!r}")
        for r in ln["remarks"]:
            if not re.search(r"(?<![A-Z0-9])" + re.escape(r) + r"(?![A-Z0-9])", rt):
                errs.append(f"{tag}: remark {r} not on row: {rt!r}")
        for key in ("service_date", "service_end"):
            if ln[key]:
                d = _date.fromisoformat(ln[key])
                if not any(f in ct for f in date_forms(d)):
                    errs.append(f"{tag}: {key} {d} not on row/heading: {ct!r}")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and ln[key] not in full_flat:
                errs.append(f"{tag}: {key} {ln[key]!r} not in document text")
        # the document's own arithmetic, per line
        D = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in
             ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
              "discount")}
        if "adj" in equations and D["billed"] is not None and D["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal("0"))
            if D["billed"] - s != D["paid"]:
                errs.append(f"{tag}: billed - adjustments {D['billed'] - s} != paid {D['paid']}")
        if "disc" in equations and D["allowed"] is not None:
            v = D["billed"] - (D["discount"] or 0) - (D["not_covered"] or 0)
            if v != D["allowed"]:
                errs.append(f"{tag}: billed - discount - not covered {v} != allowed {D['allowed']}")
        if "share" in equations and D["allowed"] is not None:
            v = D["allowed"] - (D["deductible"] or 0) - (D["copay"] or 0) - (D["coinsurance"] or 0)
            if v != D["paid"]:
                errs.append(f"{tag}: allowed - member share {v} != paid {D['paid']}")
        if "owe" in equations and D["allowed"] is not None and D["patient_owes"] is not None:
            if D["allowed"] - D["patient_owes"] != D["paid"] and D["allowed"] != 0:
                errs.append(f"{tag}: allowed - owes != paid")
        if "stmt" in equations:
            v = D["billed"] - (D["discount"] or 0) - (D["paid"] or 0)
            if v != D["patient_owes"]:
                errs.append(f"{tag}: charge - adjustment - insurance paid {v} != balance {D['patient_owes']}")
    # claim totals
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"])
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == key]
        if not mine:
            errs.append(f"claim {key}: no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
            planted = f"{key[1] or key[0]}:{k}" in findings_mismatch
            if planted and s == Decimal(v):
                errs.append(f"claim {key}: planted {k} mismatch is not a mismatch")
            if not planted and s != Decimal(v):
                errs.append(f"claim {key}: {k} lines add to {s}, printed total {v}")
            if Decimal(v) not in parse_amounts(full):
                errs.append(f"claim {key}: total {k} {v} not printed")
    return errs
