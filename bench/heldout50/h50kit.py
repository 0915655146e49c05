"""Small drawing / truth / self-check kit for make_heldout50_pdfs.py (set 50). No reader code is used here."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))

import eobgen as G  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype")
TTF = {
    "DejaVuSans": FONT_DIR / "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": FONT_DIR / "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": FONT_DIR / "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": FONT_DIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": FONT_DIR / "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": FONT_DIR / "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": FONT_DIR / "dejavu/DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf",
    "LiberationSans": FONT_DIR / "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": FONT_DIR / "liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow": FONT_DIR / "liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": FONT_DIR / "liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": FONT_DIR / "liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": FONT_DIR / "liberation/LiberationSerif-Bold.ttf",
}
CORE_RL = {"Helvetica", "Helvetica-Bold", "Courier", "Courier-Bold", "Times-Roman", "Times-Bold"}
CORE_FP = {"Helvetica": ("Helvetica", ""), "Helvetica-Bold": ("Helvetica", "B"), "Courier": ("Courier", ""),
           "Courier-Bold": ("Courier", "B"), "Times-Roman": ("Times", ""), "Times-Bold": ("Times", "B")}

LETTER = (612.0, 792.0)


class Doc:
    """One drawing surface over reportlab or fpdf2; y is measured from the TOP of the page (baseline of text)."""

    def __init__(self, producer: str, path: Path, landscape: bool = False, title: str = "Statement"):
        self.producer = producer
        self.path = path
        self.W, self.H = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.pageno = 0
        self.font = ("Helvetica", 8.0)
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("eobreader heldout50 factory")
        else:
            from fpdf import FPDF
            self.p = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.p.set_creation_date(G.FIXED_WHEN)
            self.p.set_auto_page_break(False)
            self.p.set_margins(0, 0, 0)
            self.p.set_title(title)
            self.fp_fonts: set[str] = set()

    # ---- fonts
    def _set(self, name: str, size: float) -> None:
        self.font = (name, size)
        if self.producer == "reportlab":
            if name not in CORE_RL:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(TTF[name])))
            self.c.setFont(name, size)
        else:
            if name in CORE_FP:
                fam, st = CORE_FP[name]
                self.p.set_font(fam, st, size)
            else:
                if name not in self.fp_fonts:
                    self.p.add_font(name, "", str(TTF[name]))
                    self.fp_fonts.add(name)
                self.p.set_font(name, "", size)

    def width(self, s: str, name: str, size: float) -> float:
        self._set(name, size)
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            return pdfmetrics.stringWidth(s, name, size)
        return self.p.get_string_width(s)

    # ---- pages and marks
    def page(self) -> None:
        if self.producer == "reportlab":
            if self.pageno:
                self.c.showPage()
        else:
            self.p.add_page()
        self.pageno += 1

    def t(self, x: float, y: float, s: str, f: str = "Helvetica", sz: float = 8, al: str = "l",
          gray: float = 0.0) -> None:
        s = str(s)
        if not s:
            return
        w = self.width(s, f, sz)
        if al == "r":
            x -= w
        elif al == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.p.set_text_color(g, g, g)
            self.p.text(x, y, s)
            self.p.set_text_color(0, 0, 0)

    def hl(self, x1: float, x2: float, y: float, w: float = 0.5) -> None:
        self.ln(x1, y, x2, y, w)

    def vl(self, x: float, y1: float, y2: float, w: float = 0.5) -> None:
        self.ln(x, y1, x, y2, w)

    def ln(self, x1, y1, x2, y2, w=0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.p.set_line_width(w)
            self.p.line(x1, y1, x2, y2)

    def box(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
            lw: float = 0.6) -> None:
        """A rectangle whose TOP-left corner is (x, y)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke else 0)
            self.c.setFillGray(0)
        else:
            self.p.set_line_width(lw)
            style = "D"
            if fill is not None:
                g = int(fill * 255)
                self.p.set_fill_color(g, g, g)
                style = "DF" if stroke else "F"
            self.p.rect(x, y, w, h, style=style)

    def wrap(self, s: str, f: str, sz: float, width: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            trial = (cur + " " + word).strip()
            if cur and self.width(trial, f, sz) > width:
                out.append(cur)
                cur = word
            else:
                cur = trial
        if cur:
            out.append(cur)
        return out or [""]

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.p.output(str(self.path))
        return self.pageno


@dataclass
class Truth:
    layout: str
    producer: str
    description: str
    lines: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)

    def line(self, page: int, s: G.Svc, **kw) -> None:
        self.lines.append(G.truth_line(page, s, **kw))

    def claim(self, claim_id, payer_claim_id, patient, **totals) -> None:
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": G.claim_totals(**totals)})

    def write(self, pdf: Path, pages: int) -> None:
        G.write_truth(pdf, self.layout, self.producer, pages, self.description, self.lines, self.claims,
                      self.legend, self.findings)


# ------------------------------------------------------------------------------------------ checking

DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def date_forms(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    forms = {G.dfmt(d, s) for s in DATE_STYLES}
    forms |= {d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), f"{d:%b} {d.day:02d}, {d.year}",
              f"{d.month}/{d.day}/{d.strftime('%y')}", f"{d:%b}. {d.day}, {d.year}", f"{d.day:02d} {d:%b} {d.year}"}
    return forms


def money_forms(s: str) -> set[str]:
    d = Decimal(s)
    a = f"{abs(d):.2f}"
    if d < 0:
        return {"-" + a, "(" + a + ")", a + "-", a + "CR"}
    return {a}


def units_forms(s: str) -> set[str]:
    d = Decimal(s)
    return {G.units_str(d), f"{d:.1f}", f"{d:.2f}", f"{d:.3f}"}


def toks(line: str) -> set[str]:
    line = line.replace("$", "").replace(",", "")
    out = set()
    for tk in re.split(r"[\s|;/]+", line):
        tk = tk.strip(":·*")
        if tk:
            out.add(tk)
            out.add(tk.strip("()"))
            if tk.startswith("(") and tk.endswith(")"):
                out.add(tk)
    return out


def has_code(line: str, code: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(code) + r"(?![0-9])", line) is not None


def has_mod(line: str, mod: str) -> bool:
    return re.search(r"(?<![A-Za-z])" + re.escape(mod) + r"(?![A-Za-z0-9])", line) is not None


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def check_file(pdf: Path, custom=None, plan_only: bool = True) -> list[str]:
    """Self-check of one written PDF against its truth. Returns a list of problems (empty = pass)."""
    import pdfplumber
    probs: list[str] = []
    truth = json.loads(Path(str(pdf) + ".truth.json").read_text())
    with pdfplumber.open(pdf) as doc:
        pages = [p.extract_text() or "" for p in doc.pages]
    if len(pages) != truth["pages"]:
        probs.append(f"page count {len(pages)} != truth {truth['pages']}")
    alltext = norm_ws("\n".join(pages))
    alltoks = toks(alltext)
    for i, ln in enumerate(truth["lines"]):
        tag = f"line {i} {ln['code']}"
        if ln["page"] > len(pages):
            probs.append(f"{tag}: page {ln['page']} missing")
            continue
        ptext = pages[ln["page"] - 1]
        rows = ptext.splitlines()
        cands = [r for r in rows if ln["code"] and has_code(r, ln["code"])]
        if not cands:
            probs.append(f"{tag}: code not found on page {ln['page']}")
            continue

        def row_ok(r: str, ln: dict = ln) -> list[str]:
            miss = []
            tk = toks(r)
            for k in G.AMOUNT_KEYS:
                if ln[k] is not None and not (money_forms(ln[k]) & tk):
                    miss.append(f"{k}={ln[k]}")
            if ln["units"] is not None and not (units_forms(ln["units"]) & tk):
                miss.append(f"units={ln['units']}")
            for m in ln["modifiers"]:
                if not has_mod(r, m):
                    miss.append(f"mod {m}")
            return miss

        results = [row_ok(r) for r in cands]
        if all(results):
            probs.append(f"{tag}: no row on page {ln['page']} holds all values; best misses {min(results, key=len)}")
        ok_rows = [r for r, m in zip(cands, results) if not m]
        pt = norm_ws(ptext)
        for key in ("service_date", "service_end"):
            if ln[key] and not any(f in pt for f in date_forms(ln[key])):
                probs.append(f"{tag}: {key} {ln[key]} not on page")
        if ok_rows and ln["service_date"] and not any(f in r for r in ok_rows for f in date_forms(ln["service_date"])):
            if not ln.get("_date_in_heading", True):
                probs.append(f"{tag}: date not on row")
        for rm in ln["remarks"]:
            if not re.search(r"(?<![0-9A-Za-z])" + re.escape(rm) + r"(?![0-9A-Za-z])", pt):
                probs.append(f"{tag}: remark {rm} not on page")
        for g, c, a in ln["adjustments"]:
            if not re.search(re.escape(g) + r"[\s\-/]?" + re.escape(c) + r"(?![0-9])", pt):
                probs.append(f"{tag}: adjustment {g}-{c} not on page")
            if a is not None and not (money_forms(a) & toks(pt)):
                probs.append(f"{tag}: adjustment amount {a} not on page")
        for key in ("claim_id", "payer_claim_id", "patient"):
            if ln[key] and norm_ws(ln[key]) not in alltext:
                probs.append(f"{tag}: {key} {ln[key]!r} not in document")
        # arithmetic
        D = {k: (Decimal(ln[k]) if ln[k] is not None else None) for k in G.AMOUNT_KEYS}
        if all(D[k] is not None for k in ("billed", "discount", "not_covered", "allowed")):
            if D["billed"] - D["discount"] - D["not_covered"] != D["allowed"]:
                probs.append(f"{tag}: billed-discount-not_covered != allowed")
        parts = [D[k] for k in ("deductible", "copay", "coinsurance") if D[k] is not None]
        if plan_only and D["allowed"] is not None and D["paid"] is not None and parts:
            if D["allowed"] - sum(parts) != D["paid"]:
                probs.append(f"{tag}: allowed-ded-copay-coins != paid")
        adj = ln["adjustments"]
        if adj and all(a is not None for _, _, a in adj) and D["billed"] is not None and D["paid"] is not None:
            if D["billed"] - sum(Decimal(a) for _, _, a in adj) != D["paid"]:
                probs.append(f"{tag}: billed - adjustments != paid")
    # claims
    keys = set()
    for cl in truth["claims"]:
        k = (cl["claim_id"], cl["payer_claim_id"])
        if k in keys:
            probs.append(f"claim {k} not unique")
        keys.add(k)
        mine = [ln for ln in truth["lines"] if (ln["claim_id"], ln["payer_claim_id"]) == k]
        if not mine:
            probs.append(f"claim {k} has no lines")
        planted = [f for f in truth["expected_findings"] if str(cl["payer_claim_id"]) in f or str(cl["claim_id"]) in f]
        for f_, v in cl["totals"].items():
            if v is None:
                continue
            if not (money_forms(v) & alltoks):
                probs.append(f"claim {k}: total {f_}={v} not printed")
            vals = [ln[f_] for ln in mine]
            if any(x is None for x in vals):
                continue
            s = sum((Decimal(x) for x in vals), Decimal("0"))
            if planted and f_ in ("patient_owes", "paid", "billed", "allowed") and any(
                    v in f for f in planted):
                if s == Decimal(v):
                    probs.append(f"claim {k}: planted mismatch on {f_} is not a mismatch")
                continue
            if s != Decimal(v):
                probs.append(f"claim {k}: total {f_} {v} != sum of lines {s}")
    for code, _text in truth["legend"]:
        if not re.search(r"(?<![0-9A-Za-z])" + re.escape(code) + r"(?![0-9A-Za-z])", alltext):
            probs.append(f"legend code {code} not printed")
    for f in truth["expected_findings"]:
        if not any(str(c["payer_claim_id"]) in f or str(c["claim_id"]) in f for c in truth["claims"]):
            probs.append(f"finding names no claim: {f}")
    if custom:
        probs += custom(truth, pages)
    return probs
