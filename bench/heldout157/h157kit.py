"""Drawing engine and self-check for bench/heldout157 (see make_heldout157_pdfs.py's docstring).

A layout draws into a Doc (a list of pages of simple text / rule / box operations, y measured from the top to
the text baseline, in points); the Doc is then rendered by reportlab or by fpdf2. Every service row records
its band (page, top, bottom) so that --check can insist a line's values sit on that row of the text layer.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = "/usr/share/fonts/truetype/"
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
             "Courier": ("courier", ""), "Courier-Bold": ("courier", "B"),
             "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}


def font_name(spec: str) -> str:
    if spec in CORE_FPDF:
        return spec
    name = Path(spec).stem
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, FONTDIR + spec))
    return name


class Doc:
    def __init__(self, producer: str, size: tuple[float, float], fonts: dict[str, str]):
        self.producer = producer
        self.W, self.H = size
        self.fonts = fonts  # key -> core name or path under FONTDIR
        self.pages: list[list[tuple]] = []
        self.bands: list[tuple[int, float, float]] = []  # parallel to the truth lines

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def width(self, s: str, f: str = "R", sz: float = 8) -> float:
        return pdfmetrics.stringWidth(s, font_name(self.fonts[f]), sz)

    def t(self, x: float, y: float, s: object, f: str = "R", sz: float = 8, al: str = "l") -> None:
        s = str(s)
        if al == "r":
            x -= self.width(s, f, sz)
        elif al == "c":
            x -= self.width(s, f, sz) / 2
        self.pages[-1].append(("t", x, y, s, f, sz))

    def ln(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0) -> None:
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def box(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
            lw: float = 0.6) -> None:
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def wrap(self, s: str, width: float, f: str = "R", sz: float = 8) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            cand = (cur + " " + word).strip()
            if cur and self.width(cand, f, sz) > width:
                out.append(cur)
                cur = word
            else:
                cur = cand
        if cur:
            out.append(cur)
        return out

    def page_numbers(self, fmt: str, x: float, y: float, f: str = "R", sz: float = 7, al: str = "r") -> None:
        n = len(self.pages)
        keep = self.pages
        for i, ops in enumerate(keep):
            self.pages = [ops]
            self.t(x, y, fmt.format(i=i + 1, n=n), f, sz, al)
        self.pages = keep

    # ---------------------------------------------------------------------------------------- render
    def save(self, path: Path) -> None:
        (self._rl if self.producer == "reportlab" else self._fpdf)(path)

    def _rl(self, path: Path) -> None:
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle("Statement")
        c.setAuthor("heldout157")
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, sz = op
                    c.setFillGray(0)
                    c.setFont(font_name(self.fonts[f]), sz)
                    c.drawString(x, self.H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    c.setStrokeGray(g)
                    c.setLineWidth(w)
                    c.line(x1, self.H - y1, x2, self.H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeGray(0)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            c.showPage()
        c.save()

    def _fpdf(self, path: Path) -> None:
        from fpdf import FPDF
        from samples.pdf.eobgen import FIXED_WHEN
        pdf = FPDF(unit="pt", format=(self.W, self.H))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title("Statement")
        fam = {}
        for k, spec in self.fonts.items():
            if spec in CORE_FPDF:
                fam[k] = CORE_FPDF[spec]
            else:
                name = Path(spec).stem
                if name not in pdf.fonts:
                    pdf.add_font(name, "", FONTDIR + spec)
                fam[k] = (name, "")
        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, f, sz = op
                    pdf.set_text_color(0)
                    pdf.set_font(fam[f][0], fam[f][1], sz)
                    pdf.text(x, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, g = op
                    pdf.set_draw_color(int(g * 255))
                    pdf.set_line_width(w)
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
                        style = "DF" if style else "D"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


# ------------------------------------------------------------------------------------------------ check

_NUM = re.compile(r"^\(?-?\$?[0-9][0-9,]*(\.[0-9]+)?\)?-?$")


def numbers(text: str) -> set[Decimal]:
    out = set()
    for tok in re.split(r"[\s:/=]+", text):
        tok = tok.strip(",;")
        if not _NUM.match(tok):
            continue
        neg = tok.startswith("(") or tok.startswith("-") or tok.endswith("-")
        body = tok.strip("()-$").replace(",", "")
        try:
            v = Decimal(body)
        except InvalidOperation:
            continue
        out.add(-v if neg else v)
    return out


def check_file(pdf: Path, datefmt) -> list[str]:
    import pdfplumber
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    bands = json.loads((pdf.parent / ".check" / (pdf.stem + ".bands.json")).read_text())
    probs = []
    with pdfplumber.open(pdf) as doc:
        if len(doc.pages) != truth["pages"]:
            probs.append(f"page count {len(doc.pages)} != {truth['pages']}")
        words = [p.extract_words(keep_blank_chars=False, use_text_flow=False) for p in doc.pages]
        ptext = [p.extract_text() or "" for p in doc.pages]
    alltext = "\n".join(ptext)
    for ln, (pg, top, bot) in zip(truth["lines"], bands, strict=True):
        if ln["page"] != pg:
            probs.append(f"line page {ln['page']} != band page {pg}")
        ws = [w for w in words[pg - 1] if top <= (w["top"] + w["bottom"]) / 2 <= bot]
        band = " ".join(w["text"] for w in sorted(ws, key=lambda w: (round(w["top"]), w["x0"])))
        nums = numbers(band)
        tag = f"{pdf.name} p{pg} {ln['code']} {ln['service_date']}"
        if ln["code"] and ln["code"] not in band:
            probs.append(f"{tag}: code not on its row: {band!r}")
        for m in ln["modifiers"]:
            if m not in band:
                probs.append(f"{tag}: modifier {m} not on row")
        if ln["units"] is not None and Decimal(ln["units"]) not in nums:
            probs.append(f"{tag}: units {ln['units']} not on row {band!r}")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None and Decimal(ln[k]) not in nums:
                probs.append(f"{tag}: {k} {ln[k]} not on row {band!r}")
        for g, r, a in ln["adjustments"]:
            if r not in band or (g and g not in band):
                probs.append(f"{tag}: adjustment {g}-{r} not on row")
            if a is not None and Decimal(a) not in nums:
                probs.append(f"{tag}: adjustment amount {a} not on row {band!r}")
        for r in ln["remarks"]:
            if r not in band:
                probs.append(f"{tag}: remark {r} not on row")
        d = date.fromisoformat(ln["service_date"])
        if datefmt(d) not in ptext[pg - 1]:
            probs.append(f"{tag}: date {datefmt(d)} not on page")
        if ln["service_end"] and datefmt(date.fromisoformat(ln["service_end"])) not in band:
            probs.append(f"{tag}: end date not on row")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in alltext:
                probs.append(f"{tag}: {k} {ln[k]!r} not in text")
        # document arithmetic
        b, pd = ln["billed"], ln["paid"]
        adj = ln["adjustments"]
        if adj and b is not None and pd is not None and all(a[2] is not None for a in adj):
            if Decimal(b) - sum(Decimal(a[2]) for a in adj) != Decimal(pd):
                probs.append(f"{tag}: billed - adjustments != paid")
        parts = [ln[k] for k in ("allowed", "deductible", "copay", "coinsurance", "paid")]
        seq = any(a[1] == "253" for a in adj)
        if None not in parts and not seq:
            al, de, cp, co, p = (Decimal(x) for x in parts)
            if al - de - cp - co != p:
                probs.append(f"{tag}: allowed - share != paid")
    for c in truth["claims"]:
        for k in ("claim_id", "payer_claim_id", "patient"):
            if c[k] and c[k] not in alltext:
                probs.append(f"claim {k} {c[k]!r} not in text")
        lines = [ln for ln in truth["lines"]
                 if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] == c["payer_claim_id"]
                 and ln["patient"] == c["patient"]]
        if not lines:
            probs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in numbers(alltext):
                probs.append(f"claim total {k} {v} not printed")
            vals = [ln[k] for ln in lines]
            if None in vals:
                probs.append(f"claim total {k} printed but lines lack it")
                continue
            s = sum(Decimal(x) for x in vals)
            key = c["payer_claim_id"] or c["claim_id"]
            planted = any(key in f and k in f for f in truth["expected_findings"])
            if (s != Decimal(v)) != planted:
                probs.append(f"claim {key} total {k} {v} vs lines {s} planted={planted}")
    return probs
