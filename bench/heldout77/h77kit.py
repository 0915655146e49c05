"""Small drawing kit for make_heldout77_pdfs.py: one page-description list rendered by either reportlab or
fpdf2 (top-down point coordinates, text at its baseline), a flowing cursor with page breaks, and the factory
self-check (text-layer rows, page counts, arithmetic). It knows nothing about the reader."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype"
TTF = {
    "LSans": "liberation/LiberationSans-Regular.ttf", "LSans-B": "liberation/LiberationSans-Bold.ttf",
    "LNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LSerif": "liberation/LiberationSerif-Regular.ttf", "LSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LMono": "liberation/LiberationMono-Regular.ttf", "LMono-B": "liberation/LiberationMono-Bold.ttf",
    "DSans": "dejavu/DejaVuSans.ttf", "DSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DCond": "dejavu/DejaVuSansCondensed.ttf", "DCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DSerifC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DMono": "dejavu/DejaVuSansMono.ttf", "DMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
             "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"),
             "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}
LETTER = (612.0, 792.0)

_registered: set[str] = set()


def _rl_font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name in TTF and name not in _registered:
        pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{TTF[name]}"))
        _registered.add(name)
    return name


def width(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(s, _rl_font(font), size)


def units_fmt(u) -> str:
    return format(Decimal(u).normalize(), "f")


def wrap(s: str, font: str, size: float, maxw: float) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and width(t, font, size) > maxw:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


class Doc:
    """Pages of drawing operations in top-down points."""

    def __init__(self, landscape: bool = False):
        self.w, self.h = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.pages: list[list[tuple]] = []

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x, y, s, font="Helvetica", size=9.0, align="l", color=(0, 0, 0)):
        self.pages[-1].append(("t", x, y, str(s), font, size, align, color))

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.pages[-1].append(("l", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def para(self, x, y, s, font, size, maxw, lead=None):
        lead = lead or size * 1.2
        for i, ln in enumerate(wrap(s, font, size, maxw)):
            self.text(x, y + i * lead, ln, font, size)
        return y + len(wrap(s, font, size, maxw)) * lead

    # ---------------------------------------------------------------------------------------- renderers
    def save(self, path: Path, producer: str, title: str) -> None:
        n = str(len(self.pages))
        self.pages = [[(op[:3] + (op[3].replace("{NP}", n),) + op[4:]) if op[0] == "t" else op for op in ops]
                      for ops in self.pages]
        if producer == "reportlab":
            self._save_rl(path, title)
        else:
            self._save_fpdf(path, title)

    def _save_rl(self, path: Path, title: str) -> None:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        H = self.h
        for ops in self.pages:
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align, col = op
                    c.setFillColorRGB(*col)
                    c.setFont(_rl_font(font), size)
                    if align == "r":
                        c.drawRightString(x, H - y, s)
                    elif align == "c":
                        c.drawCentredString(x, H - y, s)
                    else:
                        c.drawString(x, H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, col = op
                    c.setStrokeColorRGB(*col)
                    c.setLineWidth(w)
                    c.line(x1, H - y1, x2, H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    c.setStrokeColorRGB(0, 0, 0)
                    if fill:
                        c.setFillColorRGB(*fill)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.showPage()
        c.save()

    def _save_fpdf(self, path: Path, title: str) -> None:
        from fpdf import FPDF
        pdf = FPDF(orientation="L" if self.w > self.h else "P", unit="pt", format="letter")
        pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, 0, tzinfo=UTC))
        pdf.set_title(title)
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        added: set[str] = set()

        def use(font: str, size: float) -> None:
            if font in CORE_FPDF:
                fam, st = CORE_FPDF[font]
                pdf.set_font(fam, st, size)
            else:
                if font not in added:
                    pdf.add_font(font, "", f"{FONT_DIR}/{TTF[font]}")
                    added.add(font)
                pdf.set_font(font, "", size)

        for ops in self.pages:
            pdf.add_page()
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size, align, col = op
                    use(font, size)
                    pdf.set_text_color(*(int(v * 255) for v in col))
                    sw = pdf.get_string_width(s)
                    xx = x - sw if align == "r" else (x - sw / 2 if align == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, col = op
                    pdf.set_draw_color(*(int(v * 255) for v in col))
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_draw_color(0, 0, 0)
                    pdf.set_line_width(lw)
                    style = ("F" if fill else "") + ("D" if stroke else "")
                    if fill:
                        pdf.set_fill_color(*(int(v * 255) for v in fill))
                    pdf.rect(x, y, w, h, style=style or "D")
        pdf.output(str(path))


class Flow:
    """A cursor down the page; ``need`` breaks the page and calls ``on_new`` (furniture, repeated headers)."""

    def __init__(self, doc: Doc, top: float, bottom: float, on_new):
        self.doc, self.top, self.bottom, self.on_new = doc, top, bottom, on_new
        self.y = top
        self.claim = None  # set by layouts: the claim being printed, for "(continued)" heads

    def start(self) -> None:
        self.doc.new_page()
        self.y = self.top
        self.on_new(self, first=True)

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.doc.new_page()
            self.y = self.top
            self.on_new(self, first=False)
            return True
        return False


# -------------------------------------------------------------------------------------------- self-check

def _rows(pdf: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf)) as doc:
        for page in doc.pages:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            lines: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for ln in lines:
                    if abs(ln[0] - w["bottom"]) < 2.5:
                        ln[1].append(w)
                        break
                else:
                    lines.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in lines])
    return out


def _num(s: str) -> str:
    return s.replace(",", "").replace("$", "")


def _amount_forms(a: str) -> list[str]:
    d = Decimal(a)
    body = f"{abs(d):.2f}"
    return [body]


def check_file(pdf: Path, date_fmt, date_on_row: bool, arith: dict) -> list[str]:
    """Return a list of problems for one PDF and its truth file."""
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    rows = _rows(pdf)
    if len(rows) != truth["pages"]:
        errs.append(f"page count {len(rows)} != {truth['pages']}")
        return errs
    alltext = "\n".join("\n".join(r) for r in rows)
    flat = re.sub(r"\s+", " ", alltext)
    for i, ln in enumerate(truth["lines"]):
        tag = f"line {i} {ln['code']} {ln['service_date']}"
        page_rows = rows[ln["page"] - 1]
        # a row, or a row with the wrapped continuation of its description cell just below it
        pairs = page_rows + [a + " " + b for a, b in zip(page_rows, page_rows[1:]) if ln["code"] and
                             ln["code"] not in a and ln["code"] in b]
        cands = [r for r in pairs if ln["code"] is None or ln["code"] in r]
        amts = [ln[k] for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                 "coinsurance", "not_covered", "discount") if ln[k] is not None]

        from datetime import date as _d
        ds = date_fmt(_d.fromisoformat(ln["service_date"]))

        def score(r: str) -> int:
            rn = _num(r)
            return (sum(1 for a in amts if _amount_forms(a)[0] in rn) + sum(1 for m in ln["modifiers"] if m in r)
                    + 3 * (ds in r) + (ln["units"] is not None and ln["units"] in r))

        if not cands:
            errs.append(f"{tag}: code not on page {ln['page']}")
            continue
        best = max(cands, key=score)
        bn = _num(best)
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[k] is not None and _amount_forms(ln[k])[0] not in bn:
                errs.append(f"{tag}: {k} {ln[k]} not on its row: {best!r}")
        for m in ln["modifiers"]:
            if m not in best:
                errs.append(f"{tag}: modifier {m} not on row {best!r}")
        if ln["units"] is not None and not re.search(r"(?<![\d.])" + re.escape(ln["units"]) + r"(\.0+)?(?![\d])",
                                                    best):
            errs.append(f"{tag}: units {ln['units']} not on row {best!r}")
        where = best if date_on_row else "\n".join(page_rows)
        if ds not in where:
            errs.append(f"{tag}: date {ds!r} not found")
        if ln["service_end"]:
            de = date_fmt(_d.fromisoformat(ln["service_end"]))
            if de not in where:
                errs.append(f"{tag}: end date {de!r} not found")
        for g, c, a in ln["adjustments"]:
            if c not in "\n".join(page_rows) or (a is not None and f"{abs(Decimal(a)):.2f}" not in _num(
                    "\n".join(page_rows))):
                errs.append(f"{tag}: adjustment {g}-{c} {a} not on page")
        for rm in ln["remarks"]:
            if rm not in "\n".join(page_rows):
                errs.append(f"{tag}: remark {rm} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in flat:
                errs.append(f"{tag}: {k} {ln[k]!r} not in document text")
        # arithmetic
        D = lambda k: Decimal(ln[k]) if ln[k] is not None else Decimal(0)  # noqa: E731
        if arith.get("adjs") and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal(0))
            if D("billed") - s != D("paid"):
                errs.append(f"{tag}: billed - adjustments {D('billed') - s} != paid {ln['paid']}")
        if arith.get("allowed") and ln["allowed"] is not None and ln["paid"] is not None:
            if D("allowed") - D("deductible") - D("copay") - D("coinsurance") - arith.get("extra", lambda l: 0)(
                    ln) != D("paid"):
                errs.append(f"{tag}: allowed - shares != paid")
            if ln["billed"] is not None and ln["discount"] is not None and \
                    D("billed") - D("discount") - D("not_covered") != D("allowed"):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
    spans = {}
    for ln in truth["lines"]:
        spans.setdefault((ln["claim_id"], ln["payer_claim_id"]), set()).add(ln["page"])
    truth_spanning = [k for k, v in spans.items() if len(v) > 1]
    check_file.spanning = truth_spanning
    planted = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        for k in ("claim_id", "payer_claim_id", "patient"):
            if c[k] is not None and c[k] not in flat:
                errs.append(f"claim {c['payer_claim_id']}: {k} {c[k]!r} not in text")
        mine = [ln for ln in truth["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                and ln["claim_id"] == c["claim_id"]]
        if not mine:
            errs.append(f"claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if f"{abs(Decimal(v)):,.2f}" not in alltext and f"{abs(Decimal(v)):.2f}" not in alltext:
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} not printed")
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            if s != Decimal(v):
                key = c["payer_claim_id"] or c["claim_id"]
                if not (key in planted and "mismatch" in planted):
                    errs.append(f"claim {key}: {k} lines sum {s} != total {v}")
    return errs
