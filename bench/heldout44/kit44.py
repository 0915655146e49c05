"""Drawing and self-check helpers for bench/heldout44/make_heldout44_pdfs.py (one small page API over reportlab
and fpdf2, top-down point coordinates; the --check that tests the factory's own output, never the reader)."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
from eobgen import FIXED_WHEN  # noqa: E402

TTF = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "DjSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DjSans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DjCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DjCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DjSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DjSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DjMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DjMono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helv": "Helvetica", "Helv-B": "Helvetica-Bold", "Cour": "Courier", "Cour-B": "Courier-Bold",
           "Times": "Times-Roman", "Times-B": "Times-Bold"}
CORE_FP = {"Helv": ("helvetica", ""), "Helv-B": ("helvetica", "B"), "Cour": ("courier", ""),
           "Cour-B": ("courier", "B"), "Times": ("times", ""), "Times-B": ("times", "B")}


class Doc:
    """A page API: text(x, y_baseline_from_top, s, font, size, align), hline, rect, new_page, save."""

    def __init__(self, producer: str, path: Path, landscape: bool = False, fonts: tuple[str, ...] = ()):
        self.producer, self.path = producer, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self.pm = pdfmetrics
            for f in fonts:
                if f in TTF and f not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(f, TTF[f]))
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_title(path.stem)
            for f in fonts:
                if f in TTF:
                    self.c.add_font(f, "", TTF[f])
        self.new_page()

    def _font(self, font: str, size: float):
        if self.producer == "reportlab":
            self.c.setFont(CORE_RL.get(font, font), size)
        else:
            fam, st = CORE_FP.get(font, (font, ""))
            self.c.set_font(fam, st, size)

    def width(self, s: str, font: str, size: float) -> float:
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, CORE_RL.get(font, font), size)
        self._font(font, size)
        return self.c.get_string_width(s)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def text(self, x: float, y: float, s: str, font: str = "Helv", size: float = 8, align: str = "l",
             gray: float = 0.0) -> None:
        if align == "r":
            x -= self.width(s, font, size)
        elif align == "c":
            x -= self.width(s, font, size) / 2
        self._font(font, size)
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setDash(2, 2) if dash else self.c.setDash()
            self.c.line(x1, self.H - y, x2, self.H - y)
            self.c.setDash()
        else:
            self.c.set_line_width(w)
            if dash:
                self.c.set_dash_pattern(2, 2)
            self.c.line(x1, y, x2, y)
            self.c.set_dash_pattern()

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.6) -> None:
        """y is the TOP of the box."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("DF" if stroke else "F") if fill is not None else "D"
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=style)
            self.c.set_fill_color(255, 255, 255)

    def wrap(self, s: str, font: str, size: float, width: float) -> list[str]:
        out, cur = [], ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t, font, size) > width:
                out.append(cur)
                cur = w
            else:
                cur = t
        return out + ([cur] if cur else [])

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


# ------------------------------------------------------------------------------------------------ check

NUM = re.compile(r"^\(?-?\$?(?:USD)?[\d,]*\d(?:\.\d+)?\)?-?$")


def _num(tok: str) -> Decimal | None:
    t = tok.strip(";:*")
    if not NUM.match(t) or not re.search(r"\d", t):
        return None
    neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.startswith("($")
    body = re.sub(r"[()$,\-]|USD", "", t)
    try:
        v = Decimal(body)
    except Exception:
        return None
    return -v if neg else v


def _rows(page) -> list[tuple[str, list[Decimal]]]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    words.sort(key=lambda w: (round(w["top"], 1), w["x0"]))
    rows: list[list[dict]] = []
    for w in words:
        for r in rows:
            if abs(r[0]["top"] - w["top"]) < 2.2:
                r.append(w)
                break
        else:
            rows.append([w])
    out = []
    for r in rows:
        r.sort(key=lambda w: w["x0"])
        text = " ".join(w["text"] for w in r)
        nums = [n for n in (_num(w["text"]) for w in r if "." not in w["text"]) if n is not None]
        # also numbers glued inside tokens such as "CO-45:12.30" or "CO45 12.30;" are split by the regex below
        for m in re.finditer(r"(?<![\d.])\(?-?\$?[\d,]*\d\.\d{1,3}(?!\d)\)?-?", text):
            v = _num(m.group(0))
            if v is not None:
                nums.append(v)
        out.append((text, nums))
    return out


def date_forms(d: date) -> list[str]:
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", f"{d:%b} {d.day}, {d.year}",
            f"{d:%B} {d.day}, {d.year}", d.isoformat(), d.strftime("%m%d%y"), d.strftime("%m%d%Y"),
            d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%d-%b-%Y").upper(), f"{d:%b} {d.day}",
            f"{d:%b}. {d.day}, {d.year}", d.strftime("%d %b %Y"), f"{d.month}/{d.day}/{d:%y}"]


def _has_token(text: str, tok: str) -> bool:
    return re.search(rf"(?<![A-Z]){re.escape(tok)}(?![A-Z])", text) is not None


def check_folder(out: Path, expected_names: list[str], flags: dict | None = None) -> int:
    flags = flags or {}
    import pdfplumber
    problems = 0

    def bad(msg: str) -> None:
        nonlocal problems
        problems += 1
        print("  PROBLEM", msg)

    for name in expected_names:
        pdf_path = out / name
        t = json.loads(Path(str(pdf_path) + ".truth.json").read_text(encoding="utf-8"))
        with pdfplumber.open(pdf_path) as pdf:
            if len(pdf.pages) != t["pages"]:
                bad(f"{name}: pages {len(pdf.pages)} != truth {t['pages']}")
            rows = [_rows(p) for p in pdf.pages]
            texts = [p.extract_text() or "" for p in pdf.pages]
        doc_text = re.sub(r"\s+", " ", " ".join(texts))
        doc_nums = [n for pr in rows for _, ns in pr for n in ns]
        print(f"{name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims")
        claim_keys = {(c["claim_id"], c["payer_claim_id"]) for c in t["claims"]}
        for i, ln in enumerate(t["lines"]):
            tag = f"{name} line {i} {ln['code']} {ln['service_date']}"
            if (ln["claim_id"], ln["payer_claim_id"]) not in claim_keys:
                bad(f"{tag}: no claim record")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] and ln[k] not in doc_text:
                    bad(f"{tag}: {k} {ln[k]!r} not in document text")
            prows = rows[ln["page"] - 1]
            want = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                             "coinsurance", "not_covered", "discount") if ln[k] is not None]
            if ln["units"] is not None:
                want.append(Decimal(ln["units"]))
            adj_want = [Decimal(a[2]) for a in ln["adjustments"] if a[2] is not None]
            ok_row = None
            for ri, (text, nums) in enumerate(prows):
                if ln["code"] and ln["code"] not in text:
                    continue
                if not all(_has_token(text, m) for m in ln["modifiers"]):
                    continue
                pool = list(nums)
                good = True
                for w in want:
                    for j, n in enumerate(pool):
                        if n == w:
                            pool.pop(j)
                            break
                    else:
                        good = False
                        break
                if not good:
                    continue
                near = prows[ri:ri + 4]
                atext = " ".join(x[0] for x in near)
                flat = re.sub(r"[\s\-/]", "", atext)
                if not all((a[0] + a[1]) in flat for a in ln["adjustments"]):
                    continue
                apool = pool + [n for x in near[1:] for n in x[1]]
                for w in adj_want:
                    if w in apool:
                        apool.remove(w)
                    else:
                        good = False
                if not good:
                    continue
                if not all(_has_token(atext, r) for r in ln["remarks"]):
                    continue
                ok_row = text
                break
            if ok_row is None:
                bad(f"{tag}: no single text row on page {ln['page']} holds code/mods/units/amounts/adj/remarks")
                continue
            d = date.fromisoformat(ln["service_date"])
            page_text = re.sub(r"\s+", " ", texts[ln["page"] - 1])
            if not any(f in ok_row for f in date_forms(d)) and not any(f in page_text for f in date_forms(d)):
                bad(f"{tag}: service date not printed on the row or page")
            # arithmetic
            g = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in
                 ("billed", "allowed", "paid", "deductible", "copay", "coinsurance", "not_covered", "discount")}
            if None not in (g["billed"], g["discount"], g["not_covered"], g["allowed"]):
                if g["billed"] - g["discount"] - g["not_covered"] != g["allowed"]:
                    bad(f"{tag}: billed - discount - not covered != allowed")
            if None not in (g["allowed"], g["deductible"], g["copay"], g["coinsurance"], g["paid"]) \
                    and not any(a[1] == "253" for a in ln["adjustments"]) and flags.get(name, {}).get("share_check", True):
                if g["allowed"] - g["deductible"] - g["copay"] - g["coinsurance"] != g["paid"]:
                    bad(f"{tag}: allowed - cost share != paid")
            adj = ln["adjustments"]
            if adj and flags.get(name, {}).get("all_adjustments_printed") and g["billed"] is not None and g["paid"] is not None:
                if g["billed"] - sum(Decimal(a[2]) for a in adj) != g["paid"]:
                    bad(f"{tag}: billed - adjustments != paid")
        for c in t["claims"]:
            lines = [ln for ln in t["lines"]
                     if ln["claim_id"] == c["claim_id"] and ln["payer_claim_id"] == c["payer_claim_id"]]
            if not lines:
                bad(f"{name}: claim {c} has no lines")
            for k, v in c["totals"].items():
                if v is None:
                    continue
                if Decimal(v) not in doc_nums:
                    bad(f"{name}: claim total {k} {v} not printed")
                vals = [ln[k] for ln in lines]
                if None in vals:  # a claim-level figure the lines do not print (e.g. PT RESP)
                    continue
                s = sum((Decimal(x) for x in vals), Decimal("0.00"))
                key = c["payer_claim_id"] or c["claim_id"]
                planted = any(key in f and k in f for f in t["expected_findings"])
                if (s != Decimal(v)) != planted:
                    bad(f"{name}: claim {key} total {k} {v} vs lines {s} (planted={planted})")
        for f in t["expected_findings"]:
            print("   planted:", f)
    print("CHECK", "PASSED" if not problems else f"FAILED ({problems} problems)")
    return problems
