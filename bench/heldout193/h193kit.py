"""Small helpers for make_heldout193_pdfs.py: one drawing surface over two PDF producers (reportlab, fpdf2)
and the factory self-check (text-layer rows, arithmetic, totals). Tests the factory, never the reader."""

# ruff: noqa: B023

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen as G  # noqa: E402

LETTER = (612.0, 792.0)
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": (TT + "liberation/LiberationSans-Regular.ttf", TT + "liberation/LiberationSans-Bold.ttf"),
    "LibSerif": (TT + "liberation/LiberationSerif-Regular.ttf", TT + "liberation/LiberationSerif-Bold.ttf"),
    "LibMono": (TT + "liberation/LiberationMono-Regular.ttf", TT + "liberation/LiberationMono-Bold.ttf"),
    "LibNarrow": (TT + "liberation/LiberationSansNarrow-Regular.ttf", TT + "liberation/LiberationSansNarrow-Bold.ttf"),
    "DVSans": (TT + "dejavu/DejaVuSans.ttf", TT + "dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": (TT + "dejavu/DejaVuSansCondensed.ttf", TT + "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVSerifCond": (TT + "dejavu/DejaVuSerifCondensed.ttf", TT + "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DVSerif": (TT + "dejavu/DejaVuSerif.ttf", TT + "dejavu/DejaVuSerif-Bold.ttf"),
}
RL_CORE = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Doc:
    """Top-left coordinates in points; y is the text baseline."""

    def __init__(self, producer: str, path: Path, family: str, landscape: bool = False):
        self.producer, self.path, self.family = producer, str(path), family
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.page = 1
        self.size = 9.0
        self.style = "r"
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self.pm = pdfmetrics
            if family in RL_CORE:
                self.names = RL_CORE[family]
            else:
                self.names = (family + "-R", family + "-B")
                for nm, p in zip(self.names, FONTS[family]):
                    pdfmetrics.registerFont(TTFont(nm, p))
            self.c = canvas.Canvas(self.path, pagesize=(self.W, self.H), invariant=1)
            self.c.setAuthor("")
        else:
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_auto_page_break(False)
            self.f.set_creation_date(G.FIXED_WHEN)
            self.f.set_margins(0, 0, 0)
            if family in RL_CORE:
                self.fam = family
            else:
                self.fam = family
                self.f.add_font(family, "", FONTS[family][0])
                self.f.add_font(family, "B", FONTS[family][1])
            self.f.add_page()
        self.font("r", 9)

    def font(self, style: str = "r", size: float = 9.0) -> None:
        self.style, self.size = style, size
        if self.producer == "reportlab":
            self.c.setFont(self.names[1 if style == "b" else 0], size)
        else:
            self.f.set_font(self.fam, "B" if style == "b" else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self.pm.stringWidth(s, self.names[1 if self.style == "b" else 0], self.size)
        return self.f.get_string_width(s)

    def t(self, x: float, y: float, s: str, align: str = "l") -> None:
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.f.text(x, y, s)

    def hl(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.f.set_line_width(w)
            self.f.line(x1, y, x2, y)

    def vl(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.f.set_line_width(w)
            self.f.line(x, y1, x, y2)

    def box(self, x: float, y: float, w: float, h: float, gray: float | None = None, stroke: bool = True) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(0.6)
            if gray is not None:
                self.c.setFillGray(gray)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if gray is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(0.6)
            if gray is not None:
                self.f.set_fill_color(int(gray * 255))
            st = ("DF" if stroke else "F") if gray is not None else "D"
            self.f.rect(x, y, w, h, style=st)
            self.f.set_fill_color(0)

    def newpage(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1
        self.font(self.style, self.size)

    def close(self) -> None:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.f.output(self.path)


# --------------------------------------------------------------------------------------------- check

MONEY = re.compile(r"(\()?(-)?\$?(\d{1,3}(?:,\d{3})+|\d+)\.(\d{2})(\))?(-)?")


def numbers(text: str) -> set[Decimal]:
    out = set()
    for m in MONEY.finditer(text):
        v = Decimal(m.group(3).replace(",", "") + "." + m.group(4))
        if m.group(1) and m.group(5) or m.group(2) or m.group(6):
            v = -v
        out.add(v)
        out.add(abs(v)) if not (m.group(2) or m.group(6) or m.group(1)) else None
    return out


def date_forms(d: date) -> list[str]:
    forms = [G.dfmt(d, s) for s in ("mdy2", "mdy4", "mon", "month", "mdyn", "iso", "dmy", "mdY8", "mdy6")]
    forms += [d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%d-%b-%y"), d.strftime("%b %d, %Y"),
              f"{d.month}/{d.day}/{d:%y}", f"{d.month}/{d.day}"]
    return forms


def page_rows(pdf: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf)) as doc:
        for p in doc.pages:
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
            words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
            rows: list[list[dict]] = []
            for w in sorted(words, key=lambda w: w["bottom"]):
                if rows and abs(rows[-1][0]["bottom"] - w["bottom"]) < 2.0:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            pages.append([" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for r in rows])
    return pages


def check_file(pdf: Path, date_on_heading: bool = False, full_adj: bool = False) -> list[str]:
    errs: list[str] = []
    tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
    pages = page_rows(pdf)
    name = pdf.name
    if len(pages) != tr["pages"]:
        errs.append(f"{name}: pages {len(pages)} != {tr['pages']}")
    doc_text = "\n".join("\n".join(p) for p in pages)
    doc_nums = numbers(doc_text)
    doc_nums |= {abs(x) for x in doc_nums}
    for i, ln in enumerate(tr["lines"]):
        rows = pages[ln["page"] - 1]
        d = date.fromisoformat(ln["service_date"])
        forms = date_forms(d)
        cands = [r for r in rows if ln["code"] is None or ln["code"] in r]
        if not date_on_heading:
            cands = [r for r in cands if any(f in r for f in forms)]
        elif not any(f in "\n".join(rows) for f in forms):
            errs.append(f"{name} line {i}: date {d} not on page")
        need = [Decimal(ln[k]) for k in G.AMOUNT_KEYS if ln[k] is not None]

        def ok(r: str) -> bool:
            nums = numbers(r)
            if any(a not in nums for a in need):
                return False
            if any(m not in r for m in ln["modifiers"]):
                return False
            if ln["units"] is not None:
                toks = [t.strip("(),") for t in r.split()]
                if not any(re.fullmatch(r"\d+(\.\d+)?", t) and Decimal(t) == Decimal(ln["units"]) for t in toks):
                    return False
            for g, c, a in ln["adjustments"]:
                if not re.search(rf"{g}\s*-?\s*{c}\b", r):
                    return False
                if a is not None and Decimal(a) not in nums:
                    return False
            if any(not re.search(rf"(^|[\s,(]){re.escape(m)}($|[\s,)])", r) for m in ln["remarks"]):
                return False
            return True

        if not any(ok(r) for r in cands):
            errs.append(f"{name} line {i} p{ln['page']} {ln['code']} {d}: no row carries all its values "
                        f"(candidates {cands[:3]})")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in doc_text:
                errs.append(f"{name} line {i}: {k} {ln[k]!r} not in text")
        if ln["description"] and ln["description"].split()[0] not in doc_text:
            errs.append(f"{name} line {i}: description not in text")
        if full_adj and ln["billed"] and ln["paid"] is not None:
            s = sum((Decimal(a) for _, _, a in ln["adjustments"]), Decimal(0))
            if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                errs.append(f"{name} line {i}: billed - adjustments != paid")
        parts = [ln[k] for k in ("deductible", "copay", "coinsurance")]
        if ln["allowed"] is not None and ln["paid"] is not None and any(p is not None for p in parts) \
                and not any(a[0] == "OA" for a in ln["adjustments"]):
            s = sum((Decimal(p) for p in parts if p is not None), Decimal(0))
            if Decimal(ln["allowed"]) - s != Decimal(ln["paid"]) and "253" not in str(ln["adjustments"]):
                errs.append(f"{name} line {i}: allowed - patient share != paid")
    findings = " ".join(tr["expected_findings"])
    for c in tr["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        lines = [ln for ln in tr["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) == key]
        if not lines:
            errs.append(f"{name}: claim {key} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in doc_nums:
                errs.append(f"{name}: claim {key} total {k} {v} not printed")
            if any(ln[k] is None for ln in lines):
                continue
            s = sum((Decimal(ln[k]) for ln in lines), Decimal(0))
            ident = c["payer_claim_id"] or c["claim_id"]
            if s != Decimal(v):
                if not (ident and ident in findings and "mismatch" in findings):
                    errs.append(f"{name}: claim {ident} {k} lines {s} != printed {v}")
            elif ident and ident in findings and f"printed {v} " in findings:
                errs.append(f"{name}: planted mismatch for {ident} does not hold for {k}")
    return errs
