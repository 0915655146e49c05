"""Small drawing / paging / self-check kit for bench/heldout104 (two PDF producers behind one op list)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

TTF = "/usr/share/fonts/truetype/"
FONTS = {
    "DejaVuSans": TTF + "dejavu/DejaVuSans.ttf", "DejaVuSans-B": TTF + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": TTF + "dejavu/DejaVuSerif.ttf", "DejaVuSerif-B": TTF + "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuCond": TTF + "dejavu/DejaVuSansCondensed.ttf", "DejaVuCond-B": TTF + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": TTF + "dejavu/DejaVuSansMono.ttf", "DejaVuMono-B": TTF + "dejavu/DejaVuSansMono-Bold.ttf",
    "LibSans": TTF + "liberation/LiberationSans-Regular.ttf", "LibSans-B": TTF + "liberation/LiberationSans-Bold.ttf",
    "LibSerif": TTF + "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": TTF + "liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": TTF + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": TTF + "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": TTF + "liberation/LiberationMono-Regular.ttf", "LibMono-B": TTF + "liberation/LiberationMono-Bold.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
CORE_FP = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Times-Roman": ("times", ""),
           "Times-Bold": ("times", "B"), "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


class Doc:
    """Pages of ops in points, y measured from the top (baselines)."""

    def __init__(self, size=(612, 792)):
        self.w, self.h = size
        self.pages: list[list[tuple]] = []

    def new_page(self):
        self.pages.append([])
        return len(self.pages)

    def text(self, x, y, s, font="Helvetica", size=9, align="l"):
        self.pages[-1].append(("T", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, width=0.5):
        self.pages[-1].append(("L", x1, y1, x2, y2, width))

    def rect(self, x, y, w, h, fill=None, width=0.6):
        self.pages[-1].append(("R", x, y, w, h, fill, width))

    def width(self, s, font, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        _reg_rl(font)
        return stringWidth(s, font, size)

    def save(self, path: Path, producer: str):
        (save_rl if producer == "reportlab" else save_fp)(self, path)


def _reg_rl(font):
    if font in CORE_RL:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, FONTS[font]))


def save_rl(doc: Doc, path: Path):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=(doc.w, doc.h), invariant=1, pageCompression=0)
    c.setTitle(path.stem)
    for ops in doc.pages:
        for op in ops:
            if op[0] == "T":
                _, x, y, s, font, size, align = op
                _reg_rl(font)
                c.setFont(font, size)
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
                fn(x, doc.h - y, s)
            elif op[0] == "L":
                _, x1, y1, x2, y2, wd = op
                c.setLineWidth(wd)
                c.line(x1, doc.h - y1, x2, doc.h - y2)
            else:
                _, x, y, w, h, fill, wd = op
                c.setLineWidth(wd)
                if fill is not None:
                    c.setFillGray(fill)
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=1)
                    c.setFillGray(0)
                else:
                    c.rect(x, doc.h - y - h, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()


def save_fp(doc: Doc, path: Path):
    from fpdf import FPDF
    pdf = FPDF(unit="pt", format=(doc.w, doc.h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 2, 9, 30, tzinfo=timezone.utc))
    pdf.set_title(path.stem)
    added = set()

    def setf(font, size):
        if font in CORE_FP:
            fam, st = CORE_FP[font]
            pdf.set_font(fam, st, size)
        else:
            if font not in added:
                pdf.add_font(font, "", FONTS[font])
                added.add(font)
            pdf.set_font(font, "", size)

    for ops in doc.pages:
        pdf.add_page()
        for op in ops:
            if op[0] == "T":
                _, x, y, s, font, size, align = op
                setf(font, size)
                wd = pdf.get_string_width(s)
                xx = x if align == "l" else (x - wd if align == "r" else x - wd / 2)
                pdf.text(xx, y, s)
            elif op[0] == "L":
                _, x1, y1, x2, y2, wd = op
                pdf.set_line_width(wd)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, wd = op
                pdf.set_line_width(wd)
                if fill is not None:
                    g = int(fill * 255)
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="DF")
                else:
                    pdf.rect(x, y, w, h)
    pdf.output(str(path))


def wrap(doc: Doc, s: str, font: str, size: float, maxw: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and doc.width(t, font, size) > maxw:
            out.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        out.append(cur)
    return out or [""]


# ------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?[\d,]*\d\.\d{2}\)?-?|\(?-?\$?\d[\d,]*\)?")


def nums_in(text: str) -> set[Decimal]:
    out = set()
    for m in NUM.findall(text):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        body = m.strip("()-$").replace("$", "").replace(",", "")
        if not body:
            continue
        try:
            v = Decimal(body)
        except Exception:
            continue
        out.add(-v if neg else v)
        if neg:
            out.add(v)  # a bare "(12.00)" also satisfies the positive reading of a printed total
    return out


def date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}", d.isoformat(),
            d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"),
            f"{d:%b} {d.day:02d}, {d.year}", f"{d.month}/{d.day}/{d:%y}", d.strftime("%d %b %Y"),
            f"{d:%b} {d.day}", d.strftime("%Y%m%d")]


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[tuple[float, list]] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) < 2.0:
                        r[1].append(w)
                        break
                else:
                    rows.append((w["bottom"], [w]))
            pages.append([" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows])
    return pages


def check_file(pdf_path: Path, all_adjustments_printed: bool) -> list[str]:
    errs = []
    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = page_lines(pdf_path)
    name = pdf_path.name
    if len(pages) != t["pages"]:
        errs.append(f"{name}: pages {len(pages)} != {t['pages']}")
    doc_text = "\n".join("\n".join(p) for p in pages)
    flat = re.sub(r"\s+", " ", doc_text)
    for i, ln in enumerate(t["lines"]):
        tag = f"{name} line {i}"
        if not 1 <= ln["page"] <= len(pages):
            errs.append(f"{tag}: bad page")
            continue
        cands = pages[ln["page"] - 1]
        found = False
        for row in cands:
            if ln["code"] and ln["code"] not in row:
                continue
            if not any(f in row for f in date_forms(ln["service_date"])):
                continue
            if any(m not in row for m in ln["modifiers"]):
                continue
            ns = nums_in(row)
            ok = all(Decimal(ln[k]) in ns for k in ("billed", "allowed", "paid", "patient_owes", "deductible",
                                                    "copay", "coinsurance", "not_covered", "discount")
                     if ln.get(k) is not None)
            if ln["units"] is not None and Decimal(ln["units"]) not in ns:
                ok = False
            if ln["service_end"] and not any(f in row for f in date_forms(ln["service_end"])):
                ok = False
            for g, c, a in ln["adjustments"]:
                if not (re.search(rf"\b{g}\s*[-\s]?\s*{c}\b", row)):
                    ok = False
                if a is not None and Decimal(a) not in ns:
                    ok = False
            for r in ln["remarks"]:
                if not re.search(rf"(?<![A-Z0-9]){re.escape(r)}(?![A-Z0-9])", row):
                    ok = False
            if ok:
                found = True
                break
        if not found:
            errs.append(f"{tag}: no row on page {ln['page']} holds {ln['code']} {ln['service_date']} and its values")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in flat:
                errs.append(f"{tag}: {k} {ln[k]!r} not in text")
        if ln["description"] and ln["description"].split()[0] not in flat:
            errs.append(f"{tag}: description missing")
        # arithmetic
        D = lambda k: Decimal(ln[k]) if ln.get(k) is not None else None  # noqa: E731
        if all_adjustments_printed and ln["adjustments"] and D("billed") is not None and D("paid") is not None:
            s = sum(Decimal(a) for _, _, a in ln["adjustments"] if a is not None)
            if D("billed") - s != D("paid"):
                errs.append(f"{tag}: billed - adjustments != paid")
        if D("allowed") is not None and D("paid") is not None and all(
                ln.get(k) is not None for k in ("deductible", "coinsurance")):
            rest = D("allowed") - D("deductible") - D("coinsurance") - (D("copay") or 0)
            seq = sum(Decimal(a) for g, c, a in ln["adjustments"] if c == "253" and a)
            if rest - seq != D("paid"):
                errs.append(f"{tag}: allowed - cost share != paid")
        if D("billed") is not None and D("allowed") is not None and D("discount") is not None:
            if D("billed") - D("discount") - (D("not_covered") or 0) != D("allowed"):
                errs.append(f"{tag}: billed - discount - not covered != allowed")
    planted = {(f.get("claim_id"), f.get("payer_claim_id")) for f in t["expected_findings"]}
    for c in t["claims"]:
        key = (c["claim_id"], c["payer_claim_id"])
        mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == key]
        if not mine:
            errs.append(f"{name}: claim {key} has no lines")
        for k in ("billed", "allowed", "paid", "patient_owes"):
            if c.get(k) is None:
                continue
            if Decimal(c[k]) not in nums_in(flat):
                errs.append(f"{name}: claim {key} total {k} not printed")
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            if (s != Decimal(c[k])) != (key in planted and k == "paid"):
                errs.append(f"{name}: claim {key} {k} total {c[k]} vs lines {s}")
    return errs
