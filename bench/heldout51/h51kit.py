"""Small drawing / truth / self-check helpers for bench/heldout51 (one API over reportlab and fpdf2)."""

from __future__ import annotations

import io
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen  # noqa: E402

FONT_DIRS = ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu",
             "/usr/share/fonts/truetype/liberation2"]


def ttf(name: str) -> str | None:
    for d in FONT_DIRS:
        p = Path(d) / (name + ".ttf")
        if p.exists():
            return str(p)
    return None


LETTER = (612.0, 792.0)


class Canvas:
    """Top-down coordinates in points; text y is the baseline."""

    def __init__(self, producer: str, out, landscape: bool, fonts: dict[str, str]):
        self.producer = producer
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.fonts = {}  # alias -> (backend name)
        self.cur = ("", 9.0)
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self.pm = pdfmetrics
            self.c = canvas.Canvas(out, pagesize=(self.W, self.H), invariant=1)
            for alias, name in fonts.items():
                if name.startswith("core:"):
                    self.fonts[alias] = name[5:]
                    continue
                path = ttf(name)
                if path:
                    reg = "H51" + name
                    if reg not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(reg, path))
                    self.fonts[alias] = reg
                else:
                    self.fonts[alias] = {"b": "Helvetica-Bold", "m": "Courier"}.get(alias, "Helvetica")
        else:
            from fpdf import FPDF
            self.out = out
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(eobgen.FIXED_WHEN)
            import fpdf
            if hasattr(self.c, "set_producer"):
                self.c.set_producer(f"fpdf2 {fpdf.__version__}")
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            for alias, name in fonts.items():
                if name.startswith("core:"):
                    fam, _, style = name[5:].partition("-")
                    self.fonts[alias] = (fam, "B" if style.startswith("Bold") else "")
                    continue
                path = ttf(name)
                if path:
                    self.c.add_font("f" + alias, "", path)
                    self.fonts[alias] = ("f" + alias, "")
                else:
                    self.fonts[alias] = ({"m": "Courier"}.get(alias, "Helvetica"), "B" if alias == "b" else "")
            self.c.add_page()
        self.page = 1

    def font(self, alias: str, size: float) -> None:
        self.cur = (alias, size)
        if self.producer == "reportlab":
            self.c.setFont(self.fonts[alias], size)
        else:
            fam, style = self.fonts[alias]
            self.c.set_font(fam, style, size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, self.fonts[self.cur[0]], self.cur[1])
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        if not s:
            return
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, gray: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            if gray is not None:
                self.c.setFillGray(gray)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if gray is not None else 0)
            self.c.setFillGray(0)
        else:
            if gray is not None:
                g = int(gray * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=("DF" if stroke else "F") if gray is not None else "D")
            self.c.set_fill_color(0, 0, 0)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.font(*self.cur)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.save()
        else:
            data = self.c.output()
            if isinstance(self.out, (str, Path)):
                Path(self.out).write_bytes(bytes(data))
            else:
                self.out.write(bytes(data))


class Flow:
    """A cursor that breaks pages, calling header(flow) on every new page and footer(flow) before leaving one."""

    def __init__(self, cv: Canvas, top: float, bottom: float, header=None, footer=None, total: int | None = None):
        self.cv, self.top, self.bottom = cv, top, bottom
        self.header, self.footer, self.total = header, footer, total
        self.y = top
        self.on_break = None  # optional callable run after header on a new page (e.g. "(continued)")

    @property
    def page(self) -> int:
        return self.cv.page

    def need(self, h: float) -> bool:
        if self.y + h > self.bottom:
            self.break_page()
            return True
        return False

    def break_page(self) -> None:
        if self.footer:
            self.footer(self)
        self.cv.new_page()
        self.y = self.top
        if self.header:
            self.header(self)
        if self.on_break:
            self.on_break(self)

    def finish(self) -> None:
        if self.footer:
            self.footer(self)


def render_twice(path: Path, producer: str, landscape: bool, fonts: dict, build) -> int:
    """build(cv, total) draws the document and returns nothing; first pass counts pages for 'Page n of N'."""
    buf = io.BytesIO()
    cv = Canvas(producer, buf, landscape, fonts)
    build(cv, None)
    n = cv.page
    cv2 = Canvas(producer, str(path), landscape, fonts)
    build(cv2, n)
    cv2.save()
    assert cv2.page == n
    return n


# ------------------------------------------------------------------------------------------- check

_NUM = re.compile(r"^\(?-?\$?-?[0-9][0-9,]*(\.[0-9]+)?-?\)?[,;:]?$")


def _num(tok: str) -> Decimal | None:
    t = tok.strip(",;:")
    if not _NUM.match(t):
        return None
    neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.startswith("$-")
    body = t.strip("()$-").replace(",", "").replace("$", "").replace("-", "")
    try:
        v = Decimal(body)
    except InvalidOperation:
        return None
    return -v if neg else v


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.0:
                    rows[-1][1].append(w)
                else:
                    rows.append([w["bottom"], [w]])
            pages.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return pages


def nums(text: str) -> list[Decimal]:
    out = []
    for tok in re.split(r"\s+|(?<=[:])", text):
        v = _num(tok)
        if v is not None:
            out.append(v)
    return out


def date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    return [eobgen.dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")] + [
        d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%d %b %Y"), f"{d:%b} {d.day:02d}, {d.year}",
        d.strftime("%m/%d")]


CODE_RE = re.compile(r"(?<![0-9A-Za-z])([0-9]{4}[0-9A-Z]|[A-Z][0-9]{4})(?![0-9])")


def check_file(pdf_path: Path, truth: dict, arith: str | None) -> list[str]:
    errs: list[str] = []
    pages = page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        errs.append(f"pages {len(pages)} != truth {truth['pages']}")
    page_text = [" ".join(ls) for ls in pages]
    used: set = set()
    for i, L in enumerate(truth["lines"]):
        p = L["page"] - 1
        tag = f"line {i} ({L['code']} {L['service_date']})"
        if p >= len(pages):
            errs.append(tag + ": page out of range")
            continue
        lines = pages[p]
        found = None
        for j, t in enumerate(lines):
            if (p, j) in used or not re.search(r"(?<![0-9A-Za-z])" + re.escape(L["code"]) + r"(?![0-9])", t):
                continue
            ns = nums(t)
            ok = all(L[k] is None or Decimal(L[k]) in ns for k in eobgen.AMOUNT_KEYS)
            ok = ok and (L["units"] is None or Decimal(L["units"]) in ns)
            ok = ok and all(re.search(r"(?<![A-Z])" + m + r"(?![A-Z])", t.replace(L["code"], " ")) for m in L["modifiers"])
            if ok:
                found = j
                break
        if found is None:
            errs.append(tag + ": no text row on page %d carries its code, units, modifiers and amounts" % (p + 1))
            continue
        used.add((p, found))
        main = lines[found]
        block = [main]
        for t in lines[found + 1:found + 5]:
            if CODE_RE.search(t) and not re.search(r"\b(CO|PR|OA|PI|CR)[- ]?\d", t) and not re.search(r"^[A-Z]{1,2}\d{2,3}\b|^N\d+|^M\d+|^MA\d+", t):
                break
            block.append(t)
        btxt = " ".join(block)
        bn = nums(btxt.replace("-", " -").replace("CO -", "CO-").replace("PR -", "PR-").replace("OA -", "OA-").replace("PI -", "PI-")) + nums(btxt)
        for g, r, a in L["adjustments"]:
            if not re.search(rf"{g}\s?[-/ ]?\s?{r}\b", btxt):
                errs.append(tag + f": adjustment {g}-{r} not printed with the row")
            if a is not None and Decimal(a) not in bn and -Decimal(a) not in bn:
                errs.append(tag + f": adjustment amount {a} not printed with the row")
        for rm in L["remarks"]:
            if not re.search(r"(?<![A-Z0-9])" + re.escape(rm) + r"(?![A-Z0-9])", btxt):
                errs.append(tag + f": remark {rm} not printed with the row")
        for key in ("service_date", "service_end"):
            if L[key]:
                forms = date_forms(L[key])
                near = main + " " + page_text[p] + (" " + page_text[p - 1] if p else "")
                if not any(f in near for f in forms):
                    errs.append(tag + f": {key} not printed")
        upto = " ".join(page_text[: p + 1])
        for key in ("claim_id", "payer_claim_id", "patient"):
            if L[key] and L[key] not in upto:
                errs.append(tag + f": {key} {L[key]!r} not printed on or before page {p + 1}")
        # the document's own arithmetic
        D = {k: (Decimal(L[k]) if L[k] is not None else Decimal(0)) for k in eobgen.AMOUNT_KEYS}
        if arith == "adj" and L["adjustments"] and all(a is not None for _, _, a in L["adjustments"]):
            s = D["billed"] - sum(Decimal(a) for _, _, a in L["adjustments"])
            if s != D["paid"]:
                errs.append(tag + f": billed - adjustments {s} != paid {D['paid']}")
        if arith == "parts":
            s = D["billed"] - D["discount"] - D["not_covered"] - D["deductible"] - D["copay"] - D["coinsurance"]
            if s != D["paid"]:
                errs.append(tag + f": billed - parts {s} != paid {D['paid']}")
            if L["allowed"] is not None and D["allowed"] != 0:
                if D["allowed"] - D["deductible"] - D["copay"] - D["coinsurance"] != D["paid"]:
                    errs.append(tag + ": allowed - deductible - copay - coinsurance != paid")
        if arith == "share" and L["allowed"] is not None and D["allowed"] != 0:
            if D["allowed"] - D["paid"] != D["patient_owes"]:
                errs.append(tag + ": allowed - paid != your share")
        if arith == "stmt":
            s = D["billed"] - D["paid"] - D["discount"]
            if s != D["patient_owes"]:
                errs.append(tag + f": billed - ins paid - adj {s} != balance {D['patient_owes']}")
    # claims: totals = sum of lines (unless planted), printed
    findings = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        mine = [L for L in truth["lines"] if (L["claim_id"], L["payer_claim_id"], L["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {c['payer_claim_id']}: no lines")
            continue
        last = max(L["page"] for L in mine)
        for k, v in (c.get("totals") or {}).items():
            if v is None:
                continue
            s = sum((Decimal(L[k]) for L in mine if L[k] is not None), Decimal(0))
            if all(L[k] is None for L in mine):
                s = Decimal(v)  # a claim-level figure with no per-line column (e.g. PT RESP): printed only
            planted = (c["claim_id"] and c["claim_id"] in findings) or (c["payer_claim_id"] and c["payer_claim_id"] in findings)
            if planted and s == Decimal(v) and k == "patient_owes":
                errs.append(f"claim {c['payer_claim_id']}: planted mismatch is not a mismatch")
            if not planted and s != Decimal(v):
                errs.append(f"claim {c['payer_claim_id']}: {k} total {v} != lines {s}")
            txt = " ".join(page_text[last - 1:last + 1])
            if Decimal(v) not in nums(txt):
                errs.append(f"claim {c['payer_claim_id']}: total {k} {v} not printed")
    return errs
