"""Drawing back-ends (reportlab / fpdf2) and the factory self-check for bench/heldout153.

Only drawing and checking; no knowledge of the reader. Coordinates are points from the TOP-left corner,
y is the text baseline.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}
CORE_RL = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
           "courier": ("Courier", "Courier-Bold")}
CORE_FP = {"helv": "helvetica", "times": "times", "courier": "courier"}


class Doc:
    def __init__(self, producer: str, path: Path, face: str, landscape: bool = False, title: str = ""):
        self.producer, self.path, self.face = producer, path, face
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        self.size = 9.0
        self.bold = False
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            if face in CORE_RL:
                self.fn = CORE_RL[face]
            else:
                reg, bold = TTF[face]
                for nm, p in ((face, reg), (face + "-Bold", bold)):
                    try:
                        pdfmetrics.getFont(nm)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(nm, str(FONT_DIR / p)))
                self.fn = (face, face + "-Bold")
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("")
        else:
            from fpdf import FPDF
            self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.p.set_auto_page_break(False)
            from eobgen import FIXED_WHEN
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_title(title)
            if face in CORE_FP:
                self.fam = CORE_FP[face]
            else:
                reg, bold = TTF[face]
                self.p.add_font(face, "", str(FONT_DIR / reg))
                self.p.add_font(face, "B", str(FONT_DIR / bold))
                self.fam = face
        self.new_page()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.p.add_page()
        self.page += 1
        self.font(self.size, self.bold)

    def font(self, size: float, bold: bool = False) -> None:
        self.size, self.bold = size, bold
        if self.producer == "reportlab":
            self.c.setFont(self.fn[1 if bold else 0], size)
        else:
            self.p.set_font(self.fam, "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fn[1 if self.bold else 0], self.size)
        return self.p.get_string_width(s)

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
            self.p.text(x, y, s)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y, x2, self.H - y)
        else:
            self.p.set_line_width(w)
            self.p.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x, self.H - y1, x, self.H - y2)
        else:
            self.p.set_line_width(w)
            self.p.line(x, y1, x, y2)

    def rect(self, x: float, y: float, w: float, h: float, gray: float | None = None, lw: float = 0.5) -> None:
        """y = top edge. gray fills (0..1) and strokes."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if gray is not None:
                self.c.setFillGray(gray)
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=1)
                self.c.setFillGray(0)
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=1, fill=0)
        else:
            self.p.set_line_width(lw)
            if gray is not None:
                g = int(gray * 255)
                self.p.set_fill_color(g, g, g)
                self.p.rect(x, y, w, h, style="DF")
                self.p.set_fill_color(255, 255, 255)
            else:
                self.p.rect(x, y, w, h)

    def wrap(self, s: str, w: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if self.width(t) <= w or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out or [""]

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.save()
        else:
            self.p.output(str(self.path))
        return self.page


# ------------------------------------------------------------------------------------------- check

def _has(line: str, tok: str) -> bool:
    return re.search(r"(?<![\w.,$])" + re.escape(tok) + r"(?![\w]|\.\d|,\d)", line) is not None


def page_lines(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    with pdfplumber.open(str(pdf_path)) as pdf:
        return [(pg.extract_text(x_tolerance=1.5, y_tolerance=2.5) or "").splitlines() for pg in pdf.pages]


def check_file(pdf_path: Path, spec: dict) -> list[str]:
    """spec: money(fn Decimal->str), date(fn date->str), date_on_row(bool), code(fn row->list[str]),
    units(fn str->str) or None, adj(fn g,c,amt->str) or None, block(int lines below the anchor for
    adjustments/remarks), full_adj(bool: every adjustment printed with amount)."""
    from datetime import date as _d
    errs: list[str] = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    pages = page_lines(pdf_path)
    if truth["pages"] != len(pages):
        errs.append(f"page count {len(pages)} != truth {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    money, dfn = spec["money"], spec["date"]
    amount_keys = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                   "not_covered", "discount")
    for i, r in enumerate(truth["lines"]):
        lines = pages[r["page"] - 1]
        toks = list(spec["code"](r))
        for k in amount_keys:
            if r[k] is not None:
                toks.append(money(Decimal(r[k])))
        if spec["units"] and r["units"] is not None:
            toks.append(spec["units"](r["units"]))
        dtok = dfn(_d.fromisoformat(r["service_date"]))
        if spec["date_on_row"]:
            toks.append(dtok)
        elif not any(dtok in ln for ln in lines):
            errs.append(f"line {i}: date {dtok} not on page {r['page']}")
        if r["service_end"]:
            etok = dfn(_d.fromisoformat(r["service_end"]))
            if not any(etok in ln for ln in lines):
                errs.append(f"line {i}: end date {etok} not on page")
        anchors = [j for j, ln in enumerate(lines) if all(_has(ln, t) for t in toks)]
        if not anchors:
            errs.append(f"line {i} p{r['page']} {r['code']}: no text row holds all of {toks}")
            continue
        extra = []
        for g, c, a in r["adjustments"]:
            extra.append(spec["adj"](g, c, Decimal(a) if a is not None else None))
        extra += r["remarks"]
        ok = False
        for j in anchors:
            block = "\n".join(lines[j:j + 1 + spec["block"]])
            if all(_has(block, t) for t in extra):
                ok = True
                break
        if not ok:
            errs.append(f"line {i} p{r['page']} {r['code']}: adjustments/remarks {extra} not in its row block")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if r[key] and r[key] not in alltext:
                errs.append(f"line {i}: {key} {r[key]!r} not in document text")
        # the document's own arithmetic
        def d(k, r=r):
            return Decimal(r[k]) if r[k] is not None else Decimal(0)
        if spec.get("full_adj") and r["paid"] is not None:
            if d("billed") - sum(Decimal(a) for _, _, a in r["adjustments"]) != d("paid"):
                errs.append(f"line {i}: billed - adjustments != paid")
        if r["allowed"] is not None and r["discount"] is not None:
            if d("billed") - d("discount") - d("not_covered") != d("allowed"):
                errs.append(f"line {i}: billed - discount - not covered != allowed")
        if r["allowed"] is not None and r["paid"] is not None and not spec.get("skip_alw_paid"):
            share = d("deductible") + d("copay") + d("coinsurance")
            if r["deductible"] is not None or r["copay"] is not None or r["coinsurance"] is not None:
                if d("allowed") - share != d("paid") and not spec.get("seq"):
                    errs.append(f"line {i}: allowed - patient share != paid")
    # claim totals
    found = []
    for c in truth["claims"]:
        mine = [r for r in truth["lines"] if r["payer_claim_id"] == c["payer_claim_id"]
                and r["claim_id"] == c["claim_id"] and r["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['payer_claim_id']} has no lines")
        for k, v in (c.get("totals") or {}).items():
            if v is None or any(r[k] is None for r in mine):
                continue
            s = sum((Decimal(r[k]) for r in mine), Decimal(0))
            if s != Decimal(v):
                found.append(f"{c['payer_claim_id'] or c['claim_id']}:{k}:{v}:{s}")
                if not any((c['payer_claim_id'] or c['claim_id']) in f for f in truth["expected_findings"]):
                    errs.append(f"claim {c['payer_claim_id']} {k} total {v} != lines {s} (not declared)")
            if money(Decimal(v)) not in alltext:
                errs.append(f"claim {c['payer_claim_id']} {k} total {v} not printed")
    for f in truth["expected_findings"]:
        if not any(x.split(":")[0] in f for x in found):
            errs.append(f"declared finding not planted: {f}")
    return errs
