"""Drawing and self-check helpers for make_heldout137_pdfs.py (set 137).

A layout draws onto Page objects (top-left origin, points, y = text baseline); render_reportlab /
render_fpdf turn the same pages into a PDF with that producer. check_folder() tests the factory only.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
TTF = {
    "LSans": LIB + "LiberationSans-Regular.ttf", "LSans-B": LIB + "LiberationSans-Bold.ttf",
    "LSerif": LIB + "LiberationSerif-Regular.ttf", "LSerif-B": LIB + "LiberationSerif-Bold.ttf",
    "LNarrow": LIB + "LiberationSansNarrow-Regular.ttf", "LNarrow-B": LIB + "LiberationSansNarrow-Bold.ttf",
    "LMono": LIB + "LiberationMono-Regular.ttf", "LMono-B": LIB + "LiberationMono-Bold.ttf",
    "DSans": DJV + "DejaVuSans.ttf", "DSans-B": DJV + "DejaVuSans-Bold.ttf",
    "DCond": DJV + "DejaVuSansCondensed.ttf", "DCond-B": DJV + "DejaVuSansCondensed-Bold.ttf",
    "DSerif": DJV + "DejaVuSerif.ttf", "DSerif-B": DJV + "DejaVuSerif-Bold.ttf",
    "DMono": DJV + "DejaVuSansMono.ttf", "DMono-B": DJV + "DejaVuSansMono-Bold.ttf",
}
# core fonts: reportlab name, fpdf family, fpdf style
CORE = {
    "Helv": ("Helvetica", "helvetica", ""), "Helv-B": ("Helvetica-Bold", "helvetica", "B"),
    "Times": ("Times-Roman", "times", ""), "Times-B": ("Times-Bold", "times", "B"),
    "Cour": ("Courier", "courier", ""), "Cour-B": ("Courier-Bold", "courier", "B"),
}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class Page:
    def __init__(self, size=LETTER):
        self.w, self.h = size
        self.ops: list[tuple] = []

    def t(self, x, y, s, font="Helv", size=8.0, align="L"):
        self.ops.append(("t", x, y, str(s), font, size, align))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        """fill: None (outline) or a grey level 0..1 (filled, no outline)."""
        self.ops.append(("r", x, y, w, h, fill, lw))


def wrap(text: str, n: int) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out or [""]


def render_reportlab(pages: list[Page], path: Path, title: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    used = {op[4] for p in pages for op in p.ops if op[0] == "t"}
    for f in used:
        if f in TTF:
            try:
                pdfmetrics.getFont(f)
            except KeyError:
                pdfmetrics.registerFont(TTFont(f, TTF[f]))
    c = canvas.Canvas(str(path), pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(title)
    c.setAuthor("heldout137 factory")
    for p in pages:
        c.setPageSize((p.w, p.h))
        for op in p.ops:
            if op[0] == "t":
                _, x, y, s, font, size, align = op
                name = CORE[font][0] if font in CORE else font
                c.setFont(name, size)
                if align == "R":
                    c.drawRightString(x, p.h - y, s)
                elif align == "C":
                    c.drawCentredString(x, p.h - y, s)
                else:
                    c.drawString(x, p.h - y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                c.setLineWidth(w)
                c.line(x1, p.h - y1, x2, p.h - y2)
            else:
                _, x, y, w, h, fill, lw = op
                c.setLineWidth(lw)
                if fill is None:
                    c.rect(x, p.h - y - h, w, h, stroke=1, fill=0)
                else:
                    c.setFillGray(fill)
                    c.rect(x, p.h - y - h, w, h, stroke=0, fill=1)
                    c.setFillGray(0)
        c.showPage()
    c.save()


def render_fpdf(pages: list[Page], path: Path, title: str) -> None:
    from datetime import UTC, datetime

    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(pages[0].w, pages[0].h))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2026, 2, 3, 8, 0, 0, tzinfo=UTC))
    pdf.set_title(title)
    pdf.set_author("heldout137 factory")
    used = {op[4] for p in pages for op in p.ops if op[0] == "t"}
    for f in sorted(used):
        if f in TTF:
            pdf.add_font(f, "", TTF[f])
    for p in pages:
        pdf.add_page(format=(p.w, p.h))
        for op in p.ops:
            if op[0] == "t":
                _, x, y, s, font, size, align = op
                if font in CORE:
                    pdf.set_font(CORE[font][1], CORE[font][2], size)
                else:
                    pdf.set_font(font, "", size)
                wdt = pdf.get_string_width(s)
                xx = x - wdt if align == "R" else (x - wdt / 2 if align == "C" else x)
                pdf.text(xx, y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, w = op
                pdf.set_line_width(w)
                pdf.line(x1, y1, x2, y2)
            else:
                _, x, y, w, h, fill, lw = op
                pdf.set_line_width(lw)
                if fill is None:
                    pdf.rect(x, y, w, h, style="D")
                else:
                    g = int(round(fill * 255))
                    pdf.set_fill_color(g, g, g)
                    pdf.rect(x, y, w, h, style="F")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?\d[\d,]*(?:\.\d+)?\)?-?")


def nums(text: str) -> set[Decimal]:
    out = set()
    for m in NUM.findall(text):
        neg = m.startswith("(") or m.startswith("-") or m.endswith("-")
        body = m.strip("()-$").replace("$", "").replace(",", "")
        try:
            d = Decimal(body)
        except InvalidOperation:
            continue
        out.add(-d if neg else d)
        out.add(d)  # an unsigned reading too (units, ids)
    return out


def page_rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][0] - w["bottom"]) < 1.6:
            rows[-1][1].append(w)
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(ws, key=lambda w: w["x0"])) for _, ws in rows]


DATE_FORMS = ("%m/%d/%y", "%m/%d/%Y", "%m%d%Y", "%m%d%y", "%Y-%m-%d", "%d-%b-%Y", "%m-%d-%Y", "%m-%d-%y",
              "%b %d, %Y", "%B %d, %Y", "%d%b%y", "%Y%m%d")


def date_forms(iso: str) -> set[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    out = {d.strftime(f).upper() for f in DATE_FORMS}
    out |= {f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{d:%y}", f"{d:%b} {d.day}, {d.year}".upper(),
            f"{d:%B} {d.day}, {d.year}".upper(), f"{d:%b}. {d.day}, {d.year}".upper()}
    return out


def check_file(pdf_path: Path) -> int:
    import pdfplumber

    t = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    bad = 0

    def fail(msg):
        nonlocal bad
        bad += 1
        print(f"  {pdf_path.name}: {msg}")

    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != t["pages"]:
            fail(f"pages {len(pdf.pages)} != truth {t['pages']}")
        ptext = [(p.extract_text() or "") for p in pdf.pages]
        prows = [page_rows(p) for p in pdf.pages]
    doc = "\n".join(ptext)
    docu = doc.upper()
    for i, ln in enumerate(t["lines"]):
        pg = ln["page"] - 1
        rows = prows[pg]
        code = ln["code"]
        cand = [r for r in rows if code and code in r.replace(" ", "")]
        if code and not cand:
            fail(f"line {i} code {code} not on page {ln['page']}")
            continue
        want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                         "coinsurance", "not_covered", "discount") if ln.get(k) is not None]
        ok = False
        for r in cand:
            squeezed = r.replace(" ", "").upper()
            if not all(m.upper() in squeezed for m in ln["modifiers"]):
                continue
            ns = nums(r)
            if not all(w in ns for w in want):
                continue
            if ln["units"] is not None and Decimal(ln["units"]) not in ns:
                continue
            ok = True
            break
        if not ok:
            fail(f"line {i} {code} {ln['modifiers']} units {ln['units']} amounts {want}: no single row holds them;"
                 f" candidates {cand}")
        pu = ptext[pg].upper()
        prev = ptext[pg - 1].upper() if pg else ""
        nxt = ptext[pg + 1].upper() if pg + 1 < len(ptext) else ""
        if not any(f in pu for f in date_forms(ln["service_date"])):
            fail(f"line {i} date {ln['service_date']} not on page")
        if ln.get("service_end") and not any(f in pu for f in date_forms(ln["service_end"])):
            fail(f"line {i} end date not on page")
        for key in ("claim_id", "payer_claim_id", "patient"):
            v = ln[key]
            if v is not None and all(v.upper() not in x for x in (pu, prev, nxt)):
                fail(f"line {i} {key} {v!r} not on its page or an adjacent one")
        squeezed_page = ptext[pg].replace(" ", "").replace("\n", "").upper()
        for g, rc, a in ln["adjustments"]:
            if rc.upper() not in squeezed_page:
                fail(f"line {i} adjustment reason {g}-{rc} not on page")
            if a is not None and Decimal(a) not in nums(ptext[pg]):
                fail(f"line {i} adjustment amount {a} not on page")
        for rm in ln["remarks"]:
            if rm.upper() not in squeezed_page:
                fail(f"line {i} remark {rm} not on page")
        # own arithmetic
        b, p = ln["billed"], ln["paid"]
        if b is not None and p is not None and ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]):
            if Decimal(b) - sum(Decimal(a[2]) for a in ln["adjustments"]) != Decimal(p):
                fail(f"line {i} billed - adjustments != paid")
    for c in t["claims"]:
        for key in ("claim_id", "payer_claim_id", "patient"):
            if c[key] is not None and c[key].upper() not in docu:
                fail(f"claim {key} {c[key]!r} not in document")
        lines = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                 and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
        if not lines:
            fail(f"claim {c['claim_id']}/{c['payer_claim_id']} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in nums(doc):
                fail(f"claim total {k} {v} not printed")
            vals = [ln[k] for ln in lines]
            if None in vals:
                continue
            s = sum(Decimal(x) for x in vals)
            key = c["payer_claim_id"] or c["claim_id"]
            planted = any(key in f for f in t["expected_findings"])
            if (s != Decimal(v)) != planted:
                fail(f"claim {key} total {k} {v} vs lines {s} planted={planted}")
    spans = {}
    for ln in t["lines"]:
        spans.setdefault((ln["claim_id"], ln["payer_claim_id"], ln["patient"]), set()).add(ln["page"])
    cont = sum(1 for v in spans.values() if len(v) > 1)
    print(f"{pdf_path.name}: {t['producer']}, {t['pages']} pages, {len(t['lines'])} lines, "
          f"{len(t['claims'])} claims, {cont} claims continued across pages, "
          f"{len(t['expected_findings'])} expected findings, problems {bad}")
    return bad


def check_folder(folder: Path) -> int:
    return sum(check_file(p) for p in sorted(folder.glob("*.pdf")))
