"""Drawing and self-check helpers for bench/heldout61 (one page model, two PDF producers, the --check)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = {
    "LSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
        "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont("H61" + _n, _p))


def rl_name(font: str) -> str:
    return font if font in CORE else "H61" + font


def width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, rl_name(font), size)


def wrap(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, font, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    """Page operations buffered, then emitted by reportlab or fpdf2; ``{NP}`` in text becomes the page count."""

    def __init__(self, producer: str, size: tuple[float, float]):
        self.producer, (self.w, self.h) = producer, size
        self.pages: list[list[tuple]] = []

    def page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, font="Helvetica", size=8.0, align="l", gray=0.0):
        s = str(s)
        if align == "r":
            x -= width(s, font, size)
        elif align == "c":
            x -= width(s, font, size) / 2
        self.pages[-1].append(("t", x, y, s, font, size, gray))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.5, dash=False):
        self.pages[-1].append(("l", x1, y1, x2, y2, lw, dash))

    def save(self, path: Path) -> int:
        n = len(self.pages)
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
            c.setTitle(path.stem)
            for ops in self.pages:
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, font, size, gray = op
                        c.setFillGray(gray)
                        c.setFont(rl_name(font), size)
                        c.drawString(x, self.h - y, s.replace("{NP}", str(n)))
                    elif op[0] == "r":
                        _, x, y, w, h, fill, stroke, lw = op
                        c.setLineWidth(lw)
                        if fill is not None:
                            c.setFillGray(fill)
                        c.rect(x, self.h - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
                        c.setFillGray(0)
                    else:
                        _, x1, y1, x2, y2, lw, dash = op
                        c.setLineWidth(lw)
                        c.setDash(1, 2) if dash else c.setDash()
                        c.line(x1, self.h - y1, x2, self.h - y2)
                        c.setDash()
                c.showPage()
            c.save()
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            pdf = FPDF(unit="pt", format=(self.w, self.h))
            pdf.set_auto_page_break(False)
            pdf.set_creation_date(FIXED_WHEN)
            pdf.set_title(path.stem)
            used = {op[4] for ops in self.pages for op in ops if op[0] == "t"}
            for f in sorted(used):
                if f not in CORE:
                    pdf.add_font("h61" + f.lower(), "", TTF[f])
            for ops in self.pages:
                pdf.add_page()
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, font, size, gray = op
                        if font in CORE:
                            pdf.set_font(CORE[font][0], CORE[font][1], size)
                        else:
                            pdf.set_font("h61" + font.lower(), "", size)
                        pdf.set_text_color(int(gray * 255))
                        pdf.text(x, y, s.replace("{NP}", str(n)))
                    elif op[0] == "r":
                        _, x, y, w, h, fill, stroke, lw = op
                        pdf.set_line_width(lw)
                        if fill is not None:
                            pdf.set_fill_color(int(fill * 255))
                        style = ("F" if fill is not None else "") + ("D" if stroke else "")
                        pdf.rect(x, y, w, h, style=style or "D")
                    else:
                        _, x1, y1, x2, y2, lw, dash = op
                        pdf.set_line_width(lw)
                        if dash:
                            pdf.set_dash_pattern(dash=1, gap=2)
                        pdf.line(x1, y1, x2, y2)
                        pdf.set_dash_pattern()
            pdf.output(str(path))
        return n


class Flow:
    """A cursor running down the pages; ``need`` breaks the page and redraws the furniture / repeated heads."""

    def __init__(self, doc: Doc, furniture, bottom: float):
        self.doc, self.furniture, self.bottom = doc, furniture, bottom
        self.pageno, self.y, self.repeat = 0, 0.0, None
        self.new_page()

    def new_page(self) -> None:
        self.doc.page()
        self.pageno += 1
        self.y = self.furniture(self)
        if self.repeat:
            self.repeat(self)

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.new_page()


def row(flow: Flow, cols, cells, font, size, lead, bold_font=None) -> tuple[int, float, float]:
    """cols = [(x, w, align)], cells = str or list[str] (pre-wrapped) or ('wrap', text). Returns the band."""
    lines = []
    for (x, w, a), c in zip(cols, cells):
        if isinstance(c, tuple) and c[0] == "wrap":
            lines.append(wrap(c[1], font, size, w - 2))
        elif isinstance(c, list):
            lines.append(c)
        else:
            lines.append([c])
    n = max(len(v) for v in lines)
    flow.need(n * lead + 1)
    top = flow.y
    for (x, w, a), ls in zip(cols, lines):
        for i, s in enumerate(ls):
            yy = top + size + i * lead
            if a == "r":
                flow.doc.text(x + w - 1.5, yy, s, font, size, "r")
            elif a == "c":
                flow.doc.text(x + w / 2, yy, s, font, size, "c")
            else:
                flow.doc.text(x + 1.5, yy, s, font, size)
    flow.y = top + n * lead + 1
    return (flow.pageno, top - 1, flow.y)


# ------------------------------------------------------------------------------------------------- check

MONEY = re.compile(r"^\(?-?\$?\d[\d,]*\.\d\d\)?-?$")


def tok_amounts(text: str) -> set[Decimal]:
    out = set()
    for t in text.replace("|", " ").split():
        t = t.strip(";:")
        if MONEY.match(t):
            neg = t.startswith("(") or t.startswith("-") or t.endswith("-")
            v = Decimal(t.strip("()-$").replace(",", "").replace("$", ""))
            out.add(-v if neg else v)
    return out


def tok_numbers(text: str) -> set[Decimal]:
    out = set()
    for t in text.split():
        t = t.strip(",;:")
        if re.fullmatch(r"\d+(\.\d+)?", t):
            out.add(Decimal(t))
    return out


def page_lines(pdf_path: Path):
    import pdfplumber
    res = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(x_tolerance=1.2, y_tolerance=2)
            res.append(words)
    return res


def lines_of(words) -> list[str]:
    rows: dict[int, list] = {}
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        key = None
        for k in rows:
            if abs(k - w["bottom"]) <= 1.5:
                key = k
                break
        rows.setdefault(key if key is not None else round(w["bottom"]), []).append(w)
    return [" ".join(x["text"] for x in sorted(v, key=lambda w: w["x0"])) for _, v in sorted(rows.items())]


def check(pdf_path: Path, truth: dict, bands: list, datefmt, date_scope: str = "row", arith: tuple = ()) -> list[str]:
    """Return problems (empty = fine)."""
    errs = []
    pages = page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        errs.append(f"pages {len(pages)} != {truth['pages']}")
    doc_text = "\n".join(" ".join(w["text"] for w in ws) for ws in pages)
    flat = re.sub(r"\s+", " ", doc_text)
    for i, (ln, band) in enumerate(zip(truth["lines"], bands)):
        pg, top, bot = band
        tag = f"line {i + 1} ({ln['code']} {ln['service_date']} p{pg})"
        if pg != ln["page"]:
            errs.append(f"{tag}: band page {pg} != truth page")
        ws = [w for w in pages[pg - 1] if top - 1 <= w["top"] and w["bottom"] <= bot + 2]
        lines = lines_of(ws)
        band_text = " ".join(lines)
        if not lines:
            errs.append(f"{tag}: nothing on the row")
            continue
        if ln["code"] and ln["code"] not in band_text:
            errs.append(f"{tag}: code not on row")
        for m in ln["modifiers"]:
            if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", band_text.replace(ln["code"] or "@@", " ")):
                errs.append(f"{tag}: modifier {m} not on row")
        d = datefmt(ln["service_date"])
        scope = band_text if date_scope == "row" else " ".join(lines_of(pages[pg - 1]))
        if d not in scope:
            errs.append(f"{tag}: date {d} not on {date_scope}")
        if ln.get("service_end") and datefmt(ln["service_end"]) not in band_text:
            errs.append(f"{tag}: end date not on row")
        want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                          "coinsurance", "not_covered", "discount") if ln.get(k) is not None]
        best = max(lines, key=lambda t: sum(1 for v in want if v in tok_amounts(t)))
        have = tok_amounts(best)
        miss = [str(v) for v in want if v not in have]
        if miss:
            errs.append(f"{tag}: amounts {miss} not on one text line: {best!r}")
        if ln["units"] is not None and Decimal(ln["units"]) not in tok_numbers(best):
            errs.append(f"{tag}: units {ln['units']} not on the row's line {best!r}")
        norm = re.sub(r"[-\s/]", "", band_text)
        for g, r, a in ln["adjustments"]:
            if (g + r) not in norm:
                errs.append(f"{tag}: adjustment {g}-{r} not on row")
            if a is not None and Decimal(a) not in tok_amounts(band_text):
                errs.append(f"{tag}: adjustment amount {a} not on row")
        for r in ln["remarks"]:
            if r not in band_text:
                errs.append(f"{tag}: remark {r} not on row")
        # the document's own arithmetic
        D = {k: Decimal(v) for k, v in ln.items() if k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                           "copay", "coinsurance", "not_covered", "discount")
             and v is not None}
        if "adj" in arith and ln["adjustments"] and all(a is not None for _, _, a in ln["adjustments"]):
            if D["billed"] - sum(Decimal(a) for _, _, a in ln["adjustments"]) != D["paid"]:
                errs.append(f"{tag}: billed - adjustments != paid")
        if "allow" in arith and D["billed"] - D.get("discount", 0) - D.get("not_covered", 0) != D["allowed"]:
            errs.append(f"{tag}: billed - discount - not covered != allowed")
        if "share" in arith and D["allowed"] - D.get("deductible", 0) - D.get("copay", 0) - D.get("coinsurance", 0) \
                != D["paid"]:
            errs.append(f"{tag}: allowed - shares != paid")
        if "bal" in arith and D["billed"] - D.get("discount", 0) - D["paid"] != D["patient_owes"]:
            errs.append(f"{tag}: charge - adjustment - paid != balance")
    for c in truth["claims"]:
        for k in ("claim_id", "payer_claim_id", "patient"):
            if c[k] and re.sub(r"\s+", " ", c[k]) not in flat:
                errs.append(f"claim {c['claim_id']}: {k} {c[k]!r} not in document text")
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {c['claim_id']}: no lines")
        planted = any(f.get("claim_id") == c["claim_id"] for f in truth["expected_findings"])
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {c['claim_id']}: {k} total {v} vs lines {s} (planted={planted})")
            if Decimal(v) not in tok_amounts(doc_text):
                errs.append(f"claim {c['claim_id']}: {k} total {v} not printed")
    return errs
