"""Small drawing and self-check kit for bench/heldout117 (one page model, two PDF producers).

Layouts draw with top-left coordinates in points on a ``Doc``; the ops are buffered per page and
replayed at the end into reportlab or fpdf2, so "Page 1 of N" can be printed. ``check_folder`` tests
the factory (truth against the text layer), never the reader.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf", "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono.ttf", "DejaVuSansMono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "liberation/LiberationMono-Bold.ttf",
}
CORE = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"}
_FPDF_CORE = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"),
              "Times-Roman": ("times", ""), "Times-Bold": ("times", "B"),
              "Courier": ("courier", ""), "Courier-Bold": ("courier", "B")}


class Doc:
    """Buffered pages. fonts: {'R': name, 'B': name} where a name is a core font or a TTF key."""

    def __init__(self, path: Path, producer: str, size=(612, 792), fonts=None):
        self.path, self.producer = Path(path), producer
        self.W, self.H = size
        self.fonts = fonts or {"R": "Helvetica", "B": "Helvetica-Bold"}
        self.pages: list[list] = []
        self._measure = None
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for nm in set(self.fonts.values()):
            if nm not in CORE and nm not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(nm, FONTDIR + TTF[nm]))
        self._pm = pdfmetrics

    # -- drawing
    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def page(self) -> int:
        return len(self.pages)

    def width(self, s: str, f: str = "R", size: float = 8) -> float:
        return self._pm.stringWidth(s, self.fonts[f], size)

    def text(self, x, y, s, f="R", size=8, align="l"):
        s = str(s)
        if align == "r":
            x -= self.width(s, f, size)
        elif align == "c":
            x -= self.width(s, f, size) / 2
        self.pages[-1].append(("t", x, y, s, f, size))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        self.pages[-1].append(("l", x1, y1, x2, y2, w, gray))

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        self.pages[-1].append(("r", x, y, w, h, lw, fill))

    def wrap(self, s: str, width: float, f="R", size=8) -> list[str]:
        out, cur = [], ""
        for wd in s.split():
            t = (cur + " " + wd).strip()
            if self.width(t, f, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = wd
        if cur:
            out.append(cur)
        return out

    # -- output
    def save(self) -> int:
        n = len(self.pages)
        sub = lambda s: s.replace("{PAGES}", str(n))  # noqa: E731
        if self.producer == "reportlab":
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(str(self.path), pagesize=(self.W, self.H), invariant=1)
            c.setTitle(self.path.stem)
            for ops in self.pages:
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, f, size = op
                        c.setFont(self.fonts[f], size)
                        c.setFillGray(0)
                        c.drawString(x, self.H - y, sub(s))
                    elif op[0] == "l":
                        _, x1, y1, x2, y2, w, g = op
                        c.setLineWidth(w)
                        c.setStrokeGray(g)
                        c.line(x1, self.H - y1, x2, self.H - y2)
                    else:
                        _, x, y, w, h, lw, fill = op
                        c.setLineWidth(lw)
                        c.setStrokeGray(0)
                        if fill is not None:
                            c.setFillGray(fill)
                        c.rect(x, self.H - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill is not None else 0)
                        c.setFillGray(0)
                c.showPage()
            c.save()
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            orient = "L" if self.W > self.H else "P"
            p = FPDF(orientation=orient, unit="pt", format=(min(self.W, self.H), max(self.W, self.H)))
            p.set_creation_date(FIXED_WHEN)
            p.set_auto_page_break(False)
            p.set_title(self.path.stem)
            fam = {}
            for k, nm in self.fonts.items():
                if nm in CORE:
                    fam[k] = _FPDF_CORE[nm]
                else:
                    p.add_font(nm.replace("-", ""), "", FONTDIR + TTF[nm])
                    fam[k] = (nm.replace("-", ""), "")
            for ops in self.pages:
                p.add_page()
                for op in ops:
                    if op[0] == "t":
                        _, x, y, s, f, size = op
                        p.set_font(fam[f][0], fam[f][1], size)
                        p.text(x, y, sub(s))
                    elif op[0] == "l":
                        _, x1, y1, x2, y2, w, g = op
                        p.set_line_width(w)
                        p.set_draw_color(int(g * 255))
                        p.line(x1, y1, x2, y2)
                    else:
                        _, x, y, w, h, lw, fill = op
                        p.set_line_width(lw or 0.1)
                        p.set_draw_color(0)
                        if fill is not None:
                            p.set_fill_color(int(fill * 255))
                        style = ("D" if lw else "") + ("F" if fill is not None else "")
                        p.rect(x, y, w, h, style=style or "D")
            p.output(str(self.path))
        return n


# ------------------------------------------------------------------------------------------ check

def _lines(page) -> list[tuple[float, str]]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for r in rows:
            if abs(r[0] - w["top"]) <= 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["top"], [w]])
    rows.sort(key=lambda r: r[0])
    return [(r[0], " ".join(x["text"] for x in sorted(r[1], key=lambda x: x["x0"]))) for r in rows]


def money_forms(a: str) -> list[str]:
    d = Decimal(a)
    m = abs(d)
    bodies = [f"{m:,.2f}", f"{m:.2f}"]
    out = []
    for b in set(bodies):
        if d < 0:
            out += [f"-{b}", f"-${b}", f"(${b})", f"({b})", f"{b}-", f"${b}-", f"$-{b}", f"{b}CR"]
        else:
            out += [b, f"${b}"]
    return out


def has_money(text: str, a: str) -> bool:
    for f in money_forms(a):
        if re.search(r"(?<![\d.,$(\-])" + re.escape(f) + r"(?![\d.,])", text):
            return True
    return False


def date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    return [d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m%d%y"),
            d.strftime("%m%d%Y"), f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", d.isoformat(),
            d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"),
            d.strftime("%d%b%y").upper(), f"{d.month}/{d.day}/{d.strftime('%y')}", d.strftime("%b %d, %Y")]


def has_token(text: str, tok: str) -> bool:
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(tok) + r"(?![A-Za-z0-9])", text) is not None


def check_pdf(pdf: Path, block: int = 3, full_adj: bool = False, share_check: bool = True) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    t = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(pdf) as doc:
        pages = [_lines(p) for p in doc.pages]
        if len(doc.pages) != t["pages"]:
            errs.append(f"page count {len(doc.pages)} != {t['pages']}")
    alltext = "\n".join(s for pg in pages for _, s in pg)
    flat = re.sub(r"\s+", " ", alltext)
    for i, ln in enumerate(t["lines"]):
        pg = pages[ln["page"] - 1]
        texts = [s for _, s in pg]
        ok_rows = []
        for j, s in enumerate(texts):
            if ln["code"] and ln["code"] not in s:
                continue
            if ln["service_date"] and not any(f in s for f in date_forms(ln["service_date"])):
                continue
            ok_rows.append(j)
        why = "no row with code+date"
        good = False
        for j in ok_rows:
            row = texts[j]
            blk = " ".join(texts[j:j + 1 + block])
            probs = []
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln.get(k) is not None and not has_money(row, ln[k]):
                    probs.append(f"{k}={ln[k]}")
            if ln["units"] is not None and not has_token(row, ln["units"]) and not any(
                    has_token(row, ln["units"] + suf) for suf in (".0", ".00", ".000")):
                probs.append(f"units={ln['units']}")
            for m in ln["modifiers"]:
                if m not in row:
                    probs.append(f"mod={m}")
            if ln.get("service_end") and not any(f in row for f in date_forms(ln["service_end"])):
                probs.append("service_end")
            for g, rc, a in ln["adjustments"]:
                if not (has_token(blk, rc) and (a is None or has_money(blk, a))):
                    probs.append(f"adj {g}-{rc} {a}")
            for r in ln["remarks"]:
                if not has_token(blk, r):
                    probs.append(f"remark {r}")
            if not probs:
                good = True
                break
            why = f"row {row!r}: missing {probs}"
        if not good:
            errs.append(f"line {i} p{ln['page']} {ln['code']} {ln['service_date']}: {why}")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in flat:
                errs.append(f"line {i}: {k} {ln[k]!r} not in text")
    # arithmetic
    for i, ln in enumerate(t["lines"]):
        if full_adj and ln["billed"] is not None and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"line {i}: billed - adjustments != paid")
        parts = [ln.get(k) for k in ("deductible", "copay", "coinsurance")]
        if ln["allowed"] is not None and ln["paid"] is not None and any(p is not None for p in parts) \
                and share_check:
            s = sum((Decimal(p) for p in parts if p is not None), Decimal(0))
            if Decimal(ln["allowed"]) - s != Decimal(ln["paid"]):
                errs.append(f"line {i}: allowed - share != paid")
    for c in t["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not mine:
            errs.append(f"claim {key}: no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            if not has_money(flat, v):
                errs.append(f"claim {key}: total {k}={v} not printed")
            if all(ln[k] is None for ln in mine):
                continue  # a claim-level total the lines do not break down (printed check above)
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal(0))
            planted = any((c["payer_claim_id"] or c["claim_id"]) in f and v in f for f in t["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {key}: total {k} {v} vs lines {s} (planted={planted})")
    return errs
