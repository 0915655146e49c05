"""Small drawing + self-check kit for bench/heldout147 (one page API over reportlab and fpdf2)."""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = "/usr/share/fonts/truetype/"
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
             "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}


class Doc:
    """Top-left coordinates in points, y is the text baseline. fonts: key -> core name or TTF path."""

    def __init__(self, producer: str, path: Path, landscape: bool, fonts: dict[str, str], fixed_when=None):
        self.producer, self.path, self.fonts = producer, Path(path), fonts
        self.W, self.H = (letter[1], letter[0]) if landscape else letter
        self.pages = 0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.names = {}
            for k, v in fonts.items():
                if v.endswith(".ttf"):
                    nm = "h147" + Path(v).stem
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, v))
                    self.names[k] = nm
                else:
                    self.names[k] = v
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(fixed_when)
            self.names = {}
            for k, v in fonts.items():
                if v.endswith(".ttf"):
                    fam = "f" + re.sub(r"\W", "", Path(v).stem).lower()
                    self.c.add_font(fam, "", v)
                    self.names[k] = (fam, "")
                else:
                    self.names[k] = CORE_FPDF[v]

    def page(self) -> None:
        if self.producer == "reportlab":
            if self.pages:
                self.c.showPage()
        else:
            self.c.add_page()
        self.pages += 1

    def _font(self, f: str, size: float) -> None:
        if self.producer == "reportlab":
            self.c.setFont(self.names[f], size)
        else:
            fam, st = self.names[f]
            self.c.set_font(fam, st, size)

    def width(self, s: str, f: str, size: float) -> float:
        if self.producer == "reportlab":
            return pdfmetrics.stringWidth(s, self.names[f], size)
        self._font(f, size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, f: str = "R", size: float = 8, align: str = "l") -> None:
        if not s:
            return
        w = self.width(s, f, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self._font(f, size)
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

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5, gray: float | None = None) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if gray is not None:
                self.c.setFillGray(gray)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.c.set_line_width(lw)
            if gray is not None:
                g = int(gray * 255)
                self.c.set_fill_color(g, g, g)
                self.c.rect(x, y, w, h, style="DF")
                self.c.set_fill_color(0, 0, 0)
            else:
                self.c.rect(x, y, w, h)

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.c.output(str(self.path))


# ------------------------------------------------------------------------------------------- check

def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            words = pg.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
            rows: list[list] = []
            for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
                for r in rows:
                    if abs(r[0] - w["bottom"]) <= 2.0:
                        r[1].append(w)
                        break
                else:
                    rows.append([w["bottom"], [w]])
            out.append([" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows])
    return out


def has_tok(line: str, tok: str) -> bool:
    return re.search(r"(?<![\d.,])" + re.escape(tok) + r"(?![\d])", line) is not None


def check_file(pdf: Path, spec: dict) -> list[str]:
    """spec: money(Decimal)->str, date(date)->str, units(Decimal)->str or None, row_fields (amount keys that
    must be on the service's own text line), date_on_row, adj_complete, adj_on_row."""
    from datetime import date as _d
    errs: list[str] = []
    t = json.loads(Path(str(pdf) + ".truth.json").read_text())
    pages = page_lines(pdf)
    if len(pages) != t["pages"]:
        errs.append(f"{pdf.name}: pages {len(pages)} != truth {t['pages']}")
        return errs
    alltext = re.sub(r"\s+", " ", " ".join(" ".join(p) for p in pages))
    money = spec["money"]
    for i, ln in enumerate(t["lines"]):
        pl = pages[ln["page"] - 1]
        toks = []
        if ln["code"]:
            toks.append(ln["code"])
        toks += ln["modifiers"]
        amts = [money(Decimal(ln[k])) for k in spec["row_fields"] if ln.get(k) is not None]
        if ln["units"] is not None:
            amts.append(spec["units"](Decimal(ln["units"])))
        dd = spec["date"](_d.fromisoformat(ln["service_date"]))
        if spec.get("date_on_row", True):
            amts.append(dd)
        elif dd not in " ".join(pl):
            errs.append(f"{pdf.name} line {i}: date {dd} not on page {ln['page']}")
        if spec.get("adj_on_row"):
            for g, c, a in ln["adjustments"]:
                amts.append(money(Decimal(a)))
        hits = [r for r in pl if all(tk in r for tk in toks) and all(has_tok(r, a) for a in amts)]
        if not hits:
            errs.append(f"{pdf.name} line {i}: no row on page {ln['page']} with {toks} {amts}")
        for g, c, a in ln["adjustments"]:
            if not re.search(re.escape(g) + r"\W?" + re.escape(c) + r"\b", " ".join(pl)):
                errs.append(f"{pdf.name} line {i}: adjustment {g}-{c} not on page")
            if a is not None and not has_tok(" ".join(pl), money(Decimal(a))):
                errs.append(f"{pdf.name} line {i}: adjustment amount {a} not on page")
        for rm in ln["remarks"]:
            if rm not in " ".join(pl):
                errs.append(f"{pdf.name} line {i}: remark {rm} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in alltext:
                errs.append(f"{pdf.name} line {i}: {k} {ln[k]!r} not in document")
        if spec.get("adj_complete") and ln["adjustments"] and ln["billed"] is not None and ln["paid"] is not None:
            s = sum(Decimal(a) for _, _, a in ln["adjustments"])
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{pdf.name} line {i}: billed - adjustments != paid")
        if spec.get("member_math") and ln["allowed"] is not None and ln["paid"] is not None:
            sh = sum(Decimal(ln[k] or 0) for k in ("deductible", "copay", "coinsurance"))
            if Decimal(ln["allowed"]) - sh != Decimal(ln["paid"]):
                errs.append(f"{pdf.name} line {i}: allowed - member share != paid")
    for cl in t["claims"]:
        mine = [ln for ln in t["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                (cl["claim_id"], cl["payer_claim_id"], cl["patient"])]
        if not mine:
            errs.append(f"{pdf.name}: claim {cl} has no lines")
        for k, v in cl["totals"].items():
            if v is None:
                continue
            if not has_tok(alltext, money(Decimal(v))):
                errs.append(f"{pdf.name}: claim total {k} {v} not printed")
            vals = [Decimal(ln[k]) for ln in mine if ln[k] is not None]
            if not vals:  # printed only as a claim figure (e.g. PT RESP), not per line
                continue
            s = sum(vals)
            if s != Decimal(v):
                key = cl["payer_claim_id"] or cl["claim_id"]
                if not any(key in f and "mismatch" in f for f in t["expected_findings"]):
                    errs.append(f"{pdf.name}: claim {key} {k} lines {s} != total {v}")
    for f in t["expected_findings"]:
        if "mismatch" not in f:
            errs.append(f"{pdf.name}: unknown finding {f}")
    return errs
