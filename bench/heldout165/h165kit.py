"""Small drawing kit for set 165: one page API over reportlab and fpdf2 (top-down coordinates in points),
a page-flow helper, and the factory self-check (which reads the PDFs with pdfplumber, never the reader)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from eobgen import FIXED_WHEN, dfmt  # samples/pdf is put on sys.path by the generator

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                            "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                       "liberation/LiberationSans-Italic.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                        "liberation/LiberationSerif-Italic.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf", "liberation/LiberationSansNarrow-Italic.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                       "liberation/LiberationMono-Italic.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
           "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
           "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}


class Page:
    """Common drawing surface. y is measured from the top of the page; text y is the baseline."""

    def __init__(self, producer: str, path: Path, family: str, landscape: bool = False):
        self.producer, self.path, self.family = producer, path, family
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        self.size = 8.0
        self.style = "R"
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen.canvas import Canvas
            self._pm = pdfmetrics
            if family in CORE_RL:
                self._names = dict(zip("RBI", CORE_RL[family]))
            else:
                self._names = {}
                for st, f in zip("RBI", TTF[family]):
                    nm = f"{family}-{st}"
                    if nm not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(nm, FONTDIR + f))
                    self._names[st] = nm
            self.c = Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setAuthor("")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margin(0)
            if family not in ("Helvetica", "Times", "Courier"):
                for st, f in zip(("", "B", "I"), TTF[family]):
                    self.c.add_font(family, st, FONTDIR + f)
        self.new_page()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.font("R", self.size)

    def font(self, style: str = "R", size: float | None = None) -> None:
        self.style = style
        if size:
            self.size = size
        if self.producer == "reportlab":
            self.c.setFont(self._names[style], self.size)
        else:
            self.c.set_font(self.family, {"R": "", "B": "B", "I": "I"}[style], self.size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self._names[self.style], self.size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "L") -> None:
        if align == "R":
            x -= self.width(s)
        elif align == "C":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            style = ("D" if stroke else "") + ("F" if fill is not None else "")
            self.c.rect(x, y, w, h, style=style or "D")
            self.c.set_fill_color(0, 0, 0)

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
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


class Flow:
    """A cursor down the page that breaks onto a new page (calling ``header`` to draw page furniture)."""

    def __init__(self, pg: Page, header, bottom: float):
        self.pg, self.header, self.bottom = pg, header, bottom
        self.y = header(pg)

    def need(self, h: float, cont=None) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.pg.new_page()
        self.y = self.header(self.pg)
        if cont:
            cont()
        return True


# ---------------------------------------------------------------------------------------------- check

NUM = re.compile(r"\(?-?\$?\d[\d,]*\.\d{2}\)?-?")


def nums(s: str) -> set[Decimal]:
    out = set()
    for m in NUM.finditer(s):
        t = m.group(0)
        neg = t.startswith("(") or t.startswith("-") or t.endswith("-") or t.startswith("(-")
        body = re.sub(r"[^\d.]", "", t)
        try:
            d = Decimal(body)
        except Exception:  # noqa: BLE001
            continue
        out.add(-d if neg else d)
    return out


def page_rows(path: Path) -> list[list[str]]:
    import pdfplumber
    pages = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            words = p.extract_words(keep_blank_chars=False, x_tolerance=1.5, y_tolerance=2)
            words.sort(key=lambda w: (round(w["bottom"]), w["x0"]))
            rows: list[tuple[float, list]] = []
            for w in words:
                if rows and abs(rows[-1][0] - w["bottom"]) <= 2.5:
                    rows[-1][1].append(w)
                else:
                    rows.append((w["bottom"], [w]))
            pages.append([" ".join(x["text"] for x in sorted(r, key=lambda w: w["x0"])) for _, r in rows])
    return pages


DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    return [dfmt(d, s) for s in DATE_STYLES] + [f"{d:%d-%b-%y}", f"{d:%b} {d.day}", f"{d:%m-%d-%Y}",
                                                 f"{d:%m-%d-%y}"]


def check_file(pdf: Path, flags: dict) -> list[str]:
    errs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    pages = page_rows(pdf)
    if len(pages) != truth["pages"]:
        errs.append(f"page count {len(pages)} != {truth['pages']}")
    alltext = "\n".join("\n".join(p) for p in pages)
    date_on_row = not flags.get("date_in_heading")
    for i, ln in enumerate(truth["lines"]):
        rows = pages[ln["page"] - 1]
        ptext = "\n".join(rows)
        tag = f"line {i} {ln['code']} {ln['service_date']}"
        amts = [Decimal(ln[k]) for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay",
                                         "coinsurance", "not_covered", "discount") if ln[k] is not None]
        ok = False
        for j, r in enumerate(rows):
            if ln["code"] and ln["code"] not in r:
                continue
            rn = nums(r)
            if not all(a in rn for a in amts):
                continue
            if date_on_row and not any(f in r for f in date_forms(ln["service_date"])):
                continue
            if ln["service_end"] and not any(f in r for f in date_forms(ln["service_end"])):
                continue
            if any(m not in r for m in ln["modifiers"]):
                continue
            if ln["units"] is not None:
                toks = re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", r.replace(",", ""))
                if not any(Decimal(t) == Decimal(ln["units"]) for t in toks):
                    continue
            near = "\n".join(rows[j:j + 4])
            nn = nums(near)
            if any((a[2] is not None and Decimal(a[2]) not in nn) or a[1] not in near for a in ln["adjustments"]):
                continue
            if any(rm not in near for rm in ln["remarks"]):
                continue
            if ln["description"] and ln["description"].split()[0] not in "\n".join(rows[max(0, j - 1):j + 3]):
                continue
            ok = True
            break
        if not ok:
            errs.append(f"{pdf.name}: {tag}: no text row on page {ln['page']} carries all its values")
        if not date_on_row and not any(f in ptext for f in date_forms(ln["service_date"])):
            errs.append(f"{pdf.name}: {tag}: date not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in alltext:
                errs.append(f"{pdf.name}: {tag}: {k} {ln[k]!r} not in document text")
        # arithmetic of the line itself
        D = {k: Decimal(ln[k]) if ln[k] is not None else None for k in
             ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
              "discount")}
        if ln["adjustments"] and all(a[2] is not None for a in ln["adjustments"]) and flags.get("adj_complete"):
            if D["billed"] - sum(Decimal(a[2]) for a in ln["adjustments"]) != D["paid"]:
                errs.append(f"{pdf.name}: {tag}: billed - adjustments != paid")
        if flags.get("allowed_split") and D["allowed"] is not None and D["paid"] is not None:
            parts = sum((D[k] or Decimal(0)) for k in ("deductible", "copay", "coinsurance"))
            if D["patient_owes"] is not None and not any(D[k] is not None for k in ("deductible", "copay",
                                                                                    "coinsurance")):
                parts = D["patient_owes"]
            extra = Decimal(flags.get("seq_rate", "0"))
            if abs(D["allowed"] - parts - D["paid"] - (D["allowed"] - parts) * extra) > Decimal("0.011"):
                errs.append(f"{pdf.name}: {tag}: allowed - patient share != paid")
        if flags.get("discount_split") and D["discount"] is not None and D["allowed"] and D["paid"] is not None:
            if D["billed"] - D["discount"] - (D["not_covered"] or 0) != D["allowed"]:
                errs.append(f"{pdf.name}: {tag}: billed - discount - not covered != allowed")
        if flags.get("statement") and D["patient_owes"] is not None:
            if D["billed"] - (D["paid"] or 0) - (D["discount"] or 0) != D["patient_owes"]:
                errs.append(f"{pdf.name}: {tag}: charge - ins paid - write-off != patient share")
    for c in truth["claims"]:
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"], ln["patient"]) ==
                (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"{pdf.name}: claim {c} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in nums(alltext):
                errs.append(f"{pdf.name}: claim {c['payer_claim_id']} total {k} {v} not printed")
            s = sum(Decimal(ln[k]) for ln in mine if ln[k] is not None)
            if s != Decimal(v):
                errs.append(f"{pdf.name}: claim {c['payer_claim_id']} {k}: lines {s} != total {v}")
    for code, _ in truth["legend"]:
        if code not in alltext:
            errs.append(f"{pdf.name}: legend code {code} not printed")
    return errs
