"""Small drawing / truth / self-check helpers for make_heldout148_pdfs.py (reportlab and fpdf2 behind one API).

Coordinates are points from the TOP-left corner; y is the text baseline.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import FIXED_WHEN  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": FONT_DIR / "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": FONT_DIR / "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": FONT_DIR / "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": FONT_DIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansMono": FONT_DIR / "dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf",
    "DejaVuSerif": FONT_DIR / "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": FONT_DIR / "dejavu/DejaVuSerif-Bold.ttf",
    "LiberationSerif": FONT_DIR / "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": FONT_DIR / "liberation/LiberationSerif-Bold.ttf",
    "LiberationSans": FONT_DIR / "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": FONT_DIR / "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": FONT_DIR / "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": FONT_DIR / "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": FONT_DIR / "liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": FONT_DIR / "liberation/LiberationMono-Bold.ttf",
}
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)


class Doc:
    """One PDF being drawn. fonts: {'R': name, 'B': name}; names are core (Helvetica...) or keys of TTF."""

    def __init__(self, producer: str, size: tuple[float, float], regular: str, bold: str):
        self.producer = producer
        self.W, self.H = size
        self.fonts = {"R": regular, "B": bold}
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            import io
            self._buf = io.BytesIO()
            for n in (regular, bold):
                if n in TTF and n not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(n, str(TTF[n])))
            self.c = canvas.Canvas(self._buf, pagesize=size, invariant=1, pageCompression=0)
            self.c.setTitle("Statement")
            self._pm = pdfmetrics
        else:
            from fpdf import FPDF
            self.c = FPDF(unit="pt", format=size)
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margin(0)
            self._fp = {}
            for key, n in (("R", regular), ("B", bold)):
                if n in TTF:
                    self.c.add_font(n, "", str(TTF[n]))
                    self._fp[key] = (n, "")
                else:  # core font: Helvetica / Courier / Times
                    self._fp[key] = (n.split("-")[0], "B" if key == "B" else "")

    def new_page(self) -> int:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        return self.page

    def width(self, s: str, size: float, f: str = "R") -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fonts[f], size)
        fam, sty = self._fp[f]
        self.c.set_font(fam, sty, size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 9, f: str = "R", align: str = "l") -> None:
        if not s:
            return
        w = self.width(s, size, f)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFont(self.fonts[f], size)
            self.c.drawString(x, self.H - y, s)
        else:
            fam, sty = self._fp[f]
            self.c.set_font(fam, sty, size)
            self.c.text(x, y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5, fill: float | None = None) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style="DF" if fill is not None else "D")
            self.c.set_fill_color(0, 0, 0)

    def wrap(self, s: str, width: float, size: float, f: str = "R") -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.width(t, size, f) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def save(self, path: Path) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
            path.write_bytes(self._buf.getvalue())
        else:
            self.c.output(str(path))


# ------------------------------------------------------------------------------------------- self-check

MONEY = re.compile(r"^(\()?(-)?\$?(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})(-)?(\))?$")


def norm_tokens(text_line: str) -> set[str]:
    """Every reading of every word on one text line: raw, money, number, date, dash/colon parts."""
    out: set[str] = set()
    for w in text_line.split():
        w = w.strip(",;:")
        cands = {w}
        if not MONEY.match(w):
            w2 = w.strip("()")
            cands.add(w2)
            w = w2
        for part in re.split(r"[-:/]", w):
            if part:
                cands.add(part)
        m = re.match(r"^([A-Z]{2})-?(\d{1,3}|[A-Z]\d{1,2})$", w)
        if m:
            cands.update(m.groups())
        for c in list(cands) + [w]:
            mm = MONEY.match(c)
            if mm:
                neg = bool(mm.group(1) or mm.group(2) or mm.group(5))
                v = Decimal(mm.group(3).replace(",", "") + "." + mm.group(4))
                cands.add(str(-v if neg else v))
                if not neg:
                    cands.add(format(v.normalize(), "f"))
            if re.fullmatch(r"\d+(\.\d+)?", c):
                try:
                    cands.add(format(Decimal(c).normalize(), "f"))
                except InvalidOperation:
                    pass
        for c in [w]:
            d = parse_date(c)
            if d:
                cands.add(d.isoformat())
        out |= cands
    return out


def parse_date(s: str) -> date | None:
    m = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})", s)
    if m:
        mo, dd, yy = (int(g) for g in m.groups())
    else:
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})", s)
        if not m:
            return None
        mo, dd, yy = (int(g) for g in m.groups())
    if yy < 100:
        yy += 2000
    try:
        return date(yy, mo, dd)
    except ValueError:
        return None


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for p in pdf.pages:
            pages.append((p.extract_text(x_tolerance=1.5, y_tolerance=2) or "").splitlines())
    return pages


def check_file(pdf_path: Path, meta: dict) -> list[str]:
    """meta: {'row_exempt': [set-of-fields per truth line], 'span': [extra text lines per truth line],
    'adj_complete': bool, 'member_math': bool}"""
    errs: list[str] = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = page_lines(pdf_path)
    if len(pages) != truth["pages"]:
        errs.append(f"page count {len(pages)} != {truth['pages']}")
    alltext = " ".join(" ".join(p) for p in pages)
    alltext_ns = re.sub(r"\s+", " ", alltext)
    toks_pages = [[norm_tokens(t) for t in p] for p in pages]
    for i, ln in enumerate(truth["lines"]):
        ex = meta["row_exempt"][i]
        span = meta["span"][i]
        pg = ln["page"] - 1
        if pg >= len(pages):
            errs.append(f"line {i}: page {ln['page']} missing")
            continue
        need = []
        if ln["code"]:
            need.append(("code", ln["code"]))
        need += [("mod", m) for m in ln["modifiers"]]
        if ln["units"] is not None:
            need.append(("units", ln["units"]))
        if ln["service_date"] and "service_date" not in ex:
            need.append(("service_date", ln["service_date"]))
        if ln["service_end"] and "service_end" not in ex:
            need.append(("service_end", ln["service_end"]))
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln.get(k) is not None:
                need.append((k, ln[k]))
        for g, r, a in ln["adjustments"]:
            need += [("adj", g), ("adj", r)] + ([("adj", a)] if a is not None else [])
        need += [("remark", r) for r in ln["remarks"]]
        ok = False
        best = None
        anchor = [t for t in need if t[0] == "billed"] or [t for t in need if t[0] == "code"]
        back, fwd = span if isinstance(span, (list, tuple)) else (0, span)
        for j, toks in enumerate(toks_pages[pg]):
            if not all(v in toks for _, v in anchor):
                continue
            row = set().union(*toks_pages[pg][max(0, j - back):j + 1 + fwd])
            missing = [(k, v) for k, v in need if v not in row]
            if not missing:
                ok = True
                break
            if best is None or len(missing) < len(best):
                best = missing
        if not ok:
            errs.append(f"line {i} ({ln['code']} {ln['service_date']} p{ln['page']}): values not on one row, missing {best}")
        if "service_date" in ex and ln["service_date"]:
            d = date.fromisoformat(ln["service_date"])
            if not any(d.isoformat() in t for t in toks_pages[pg]) and not any(
                    d.isoformat() in t for p in toks_pages for t in p):
                errs.append(f"line {i}: service date {d} not on any page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in alltext_ns:
                errs.append(f"line {i}: {k} {ln[k]!r} not in text")
        D = lambda k: Decimal(ln[k]) if ln.get(k) is not None else None  # noqa: E731
        if meta.get("adj_complete") and ln["billed"] and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal("0"))
            if D("billed") - s != D("paid"):
                errs.append(f"line {i}: billed {ln['billed']} - adjustments {s} != paid {ln['paid']}")
        if meta.get("member_math") and ln["allowed"] is not None and ln["paid"] is not None:
            a = D("billed") - (D("discount") or 0) - (D("not_covered") or 0)
            if a != D("allowed"):
                errs.append(f"line {i}: billed - discount - not covered {a} != allowed {ln['allowed']}")
            p = D("allowed") - sum((D(k) or 0) for k in ("deductible", "copay", "coinsurance"))
            if p != D("paid"):
                errs.append(f"line {i}: allowed - cost share {p} != paid {ln['paid']}")
    planted = " ".join(truth["expected_findings"])
    for c in truth["claims"]:
        key = c["payer_claim_id"] or c["claim_id"]
        for v in (c["claim_id"], c["payer_claim_id"], c["patient"]):
            if v and v not in alltext_ns:
                errs.append(f"claim {key}: {v!r} not in text")
        mine = [ln for ln in truth["lines"] if (ln["payer_claim_id"], ln["claim_id"]) ==
                (c["payer_claim_id"], c["claim_id"])]
        if not mine:
            errs.append(f"claim {key}: no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None or any(ln[k] is None for ln in mine):
                continue
            s = sum(Decimal(ln[k]) for ln in mine)
            if v not in norm_tokens(alltext):
                errs.append(f"claim {key}: total {k} {v} not printed")
            if s != Decimal(v) and str(key) not in planted:
                errs.append(f"claim {key}: {k} lines sum {s} != total {v}")
            if s == Decimal(v) and str(key) in planted and k in planted:
                pass
    for f in truth["expected_findings"]:
        m = re.search(r"claim (\S+): printed .* total ([\d.]+) but the lines add up to ([\d.]+)", f)
        if m:
            cl = [c for c in truth["claims"] if m.group(1) in (c["payer_claim_id"], c["claim_id"])]
            if not cl:
                errs.append(f"finding names unknown claim {m.group(1)}")
            elif m.group(2) not in norm_tokens(alltext):
                errs.append(f"planted total {m.group(2)} not printed")
    return errs
