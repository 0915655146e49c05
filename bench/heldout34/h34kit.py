"""Helpers for bench/heldout34/make_heldout34_pdfs.py: one top-origin drawing API over reportlab and fpdf2,
a truth collector, and the --check reader (pdfplumber text layer). See the generator's docstring."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))

from eobgen import FIXED_WHEN, Svc, claim_totals, q, truth_line, write_truth  # noqa: E402,F401

FONTS = {
    "LibSans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "LibNarrow": ("/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
                  "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
    "LibSerif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
    "LibMono": ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"),
    "DVSans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "DVCond": ("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DVSerifCond": ("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "DVMono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}
CORE_FP = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}


def have(fam: str) -> bool:
    return fam in CORE_RL or all(Path(p).exists() for p in FONTS.get(fam, ("/nonexistent",)))


TOTALS: dict[str, int] = {}


class Doc:
    """Top-origin drawing: y is the text baseline measured from the top of the page, in points."""

    def __init__(self, path: Path, producer: str, landscape: bool = False, title: str = "Statement"):
        self.path, self.producer = Path(path), producer
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 1
        self.total = TOTALS.get(self.path.name, 9)
        self._fam, self._bold, self._size = "Helvetica", False, 9.0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1, pageCompression=0)
            self.c.setTitle(title)
            self.c.setAuthor("eobreader heldout34")
        else:
            from fpdf import FPDF
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_title(title)
            self.f.set_auto_page_break(False)
            self.f.add_page()
        self._registered: set = set()

    # -- fonts
    def font(self, fam: str, size: float, bold: bool = False) -> None:
        if not have(fam):
            fam = {"LibMono": "Courier", "DVMono": "Courier", "LibSerif": "Times", "DVSerifCond": "Times"}.get(
                fam, "Helvetica")
        self._fam, self._bold, self._size = fam, bold, size
        if self.producer == "reportlab":
            if fam in CORE_RL:
                self.c.setFont(CORE_RL[fam][1 if bold else 0], size)
            else:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                name = fam + ("-B" if bold else "")
                if name not in self._registered:
                    pdfmetrics.registerFont(TTFont(name, FONTS[fam][1 if bold else 0]))
                    self._registered.add(name)
                self.c.setFont(name, size)
        else:
            if fam in CORE_FP:
                self.f.set_font(CORE_FP[fam], "B" if bold else "", size)
            else:
                key = (fam, bold)
                if key not in self._registered:
                    self.f.add_font(fam, "B" if bold else "", FONTS[fam][1 if bold else 0])
                    self._registered.add(key)
                self.f.set_font(fam, "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            name = CORE_RL[self._fam][1 if self._bold else 0] if self._fam in CORE_RL else \
                self._fam + ("-B" if self._bold else "")
            return pdfmetrics.stringWidth(s, name, self._size)
        return self.f.get_string_width(s)

    # -- drawing
    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        s = str(s)
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.f.text(x, y, s)

    def gray(self, g: float) -> None:
        if self.producer == "reportlab":
            self.c.setFillGray(g)
        else:
            v = int(g * 255)
            self.f.set_fill_color(v, v, v)
            self.f.set_text_color(v, v, v)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.f.set_line_width(w)
            self.f.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        """Top-left corner (x, y)."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            if fill is not None:
                v = int(fill * 255)
                self.f.set_fill_color(v, v, v)
            style = ("D" if stroke else "") + ("F" if fill is not None else "")
            self.f.rect(x, y, w, h, style=style or "D")
            self.f.set_fill_color(0, 0, 0)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1
        self.font(self._fam, self._size, self._bold)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.f.output(str(self.path))
        TOTALS[self.path.name] = self.page
        return self.page


class Truth:
    def __init__(self) -> None:
        self.lines: list = []
        self.claims: list = []
        self.flags: list = []  # per line: does the page print every adjustment with its amount?

    def add(self, page: int, s: Svc, cid, pcid, patient, printed, *, all_adjs: bool = False, **kw) -> None:
        kw.setdefault("description", False)
        self.lines.append(truth_line(page, s, claim_id=cid, payer_claim_id=pcid, patient=patient,
                                     printed=printed, **kw))
        self.flags.append(all_adjs)

    def claim(self, cid, pcid, patient, svcs, printed=("billed", "allowed", "paid", "patient_owes")) -> None:
        tot = {}
        for k, attr in (("billed", "billed"), ("allowed", "allowed"), ("paid", "paid"), ("patient_owes", "owes")):
            tot[k] = sum((getattr(s, attr) for s in svcs), Decimal("0")) if k in printed else None
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": patient,
                            "totals": claim_totals(**tot)})

    def write(self, pdf: Path, layout: str, producer: str, pages: int, description: str, legend=()) -> list:
        write_truth(pdf, layout, producer, pages, description, self.lines, self.claims, list(legend))
        return list(self.flags)


# ------------------------------------------------------------------------------------------- check

def _num(tok: str) -> Decimal | None:
    t = tok.strip().strip(",;")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-") or t.endswith("CR"):
        neg, t = True, t.rstrip("-").removesuffix("CR")
    if t.startswith("-"):
        neg, t = True, t[1:]
    t = t.replace("$", "").replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        v = Decimal(t)
    except InvalidOperation:
        return None
    return -v if neg else v


def date_variants(d: date) -> list[str]:
    return [d.strftime("%m/%d/%y"), d.strftime("%m/%d/%Y"), d.strftime("%m%d%Y"), d.strftime("%m%d%y"),
            f"{d:%b} {d.day}, {d.year}", f"{d:%B} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
            f"{d.month}/{d.day}/{d:%y}", d.isoformat(), d.strftime("%d-%b-%Y").upper(), d.strftime("%m-%d-%Y"),
            d.strftime("%m-%d-%y"), f"{d:%b} {d.day:02d}, {d.year}", d.strftime("%d%b%y").upper(),
            d.strftime("%Y%m%d"), d.strftime("%m.%d.%y")]


def rows_of(page) -> list[list[dict]]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - w["bottom"]) < 1.6:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def check_file(pdf: Path, flags: list) -> list[str]:
    import pdfplumber
    errs: list[str] = []
    tj = json.loads(Path(str(pdf) + ".truth.json").read_text(encoding="utf-8"))
    with pdfplumber.open(str(pdf)) as doc:
        if len(doc.pages) != tj["pages"]:
            errs.append(f"page count {len(doc.pages)} != {tj['pages']}")
        prow = [rows_of(p) for p in doc.pages]
        ptext = [" ".join(w["text"] for r in rows for w in r) for rows in prow]
    alltext = " ".join(ptext)
    for i, t in enumerate(ptext):
        for mm in re.finditer(r"Page (\d+) of (\d+)", t, re.I):
            if int(mm.group(1)) != i + 1 or int(mm.group(2)) != len(ptext):
                errs.append(f"page {i + 1} prints {mm.group(0)!r}")
    for i, ln in enumerate(tj["lines"]):
        tag = f"line {i + 1} ({ln['code']} {ln['service_date']})"
        if ln["page"] > len(prow):
            errs.append(tag + ": page missing")
            continue
        rows = prow[ln["page"] - 1]
        cands = [r for r in rows if ln["code"] and any(ln["code"] in w["text"] for w in r)]
        if not cands:
            errs.append(tag + ": code not on its page")
            continue
        ok = False
        why = ""
        for r in cands:
            toks = [w["text"] for w in r]
            rtext = " ".join(toks)
            nums = [_num(t) for t in toks]
            miss = []
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln[k] is not None and Decimal(ln[k]) not in nums:
                    miss.append(k)
            if ln["units"] is not None and not any(v is not None and v == Decimal(ln["units"]) for v in nums):
                miss.append("units")
            for m in ln["modifiers"]:
                if not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", rtext.replace(ln["code"], " ")):
                    miss.append("mod " + m)
            for g, c, a in ln["adjustments"]:
                if a is not None and Decimal(a) not in nums and -Decimal(a) not in nums:
                    # stacked adjustments may sit on sub-rows right below: look at the whole page
                    if not any(_num(w["text"]) in (Decimal(a), -Decimal(a)) for rr in rows for w in rr):
                        miss.append(f"adj {g}-{c}")
                if c not in alltext:
                    miss.append(f"adj code {c}")
            for rm in ln["remarks"]:
                if rm not in ptext[ln["page"] - 1]:
                    miss.append("remark " + rm)
            d = date.fromisoformat(ln["service_date"])
            if not any(v in ptext[ln["page"] - 1] for v in date_variants(d)):
                if not any(d.strftime("%m%d") + " " + d.strftime("%m%d%y") in ptext[ln["page"] - 1] for _ in [0]):
                    miss.append("date")
            if ln["service_end"]:
                e = date.fromisoformat(ln["service_end"])
                if not any(v in ptext[ln["page"] - 1] for v in date_variants(e)):
                    miss.append("end date")
            if not miss:
                ok = True
                break
            why = ",".join(miss)
        if not ok:
            errs.append(tag + ": not all values on the row: " + why)
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in alltext:
                errs.append(tag + f": {k} {ln[k]!r} not in text")
        # arithmetic
        if flags[i] and ln["billed"] is not None and ln["paid"] is not None:
            adj = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal("0"))
            if Decimal(ln["billed"]) - adj != Decimal(ln["paid"]):
                errs.append(tag + f": billed - adjustments {Decimal(ln['billed']) - adj} != paid {ln['paid']}")
        if ln["allowed"] is not None and ln["paid"] is not None and ln["patient_owes"] is not None \
                and ln["allowed"] != "0.00" and Decimal(ln["allowed"]) != Decimal(ln["paid"]) + Decimal(
                    ln["patient_owes"]) and not any(c == "253" for _, c, _ in ln["adjustments"]):
            errs.append(tag + ": allowed != paid + patient owes")
    # claim totals = sum of lines
    for c in tj["claims"]:
        mine = [ln for ln in tj["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']}: no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            s = sum((Decimal(ln[k]) for ln in mine if ln[k] is not None), Decimal("0"))
            if any(ln[k] is not None for ln in mine) and s != Decimal(v):
                errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} {k}: lines {s} != total {v}")
            if not any(_num(w) == Decimal(v) for w in alltext.split()):
                errs.append(f"claim {c['claim_id']}/{c['payer_claim_id']} {k} total {v} not printed")
    if not tj["expected_findings"]:
        pass
    return errs
