"""Drawing backend (reportlab / fpdf2 behind one small API, top-left coordinates in points) and the
factory self-check for bench/heldout79/make_heldout79_pdfs.py. Nothing here reads or runs the reader."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

import pdfplumber

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/truetype/liberation/")


def ttf(name: str) -> str:
    for d in FONT_DIRS:
        p = d + name + ".ttf"
        try:
            open(p, "rb").close()
            return p
        except OSError:
            continue
    raise FileNotFoundError(name)


class Doc:
    """fonts: {"R": core-name-or-ttf-path, "B": ..., "M": ...}."""

    def __init__(self, producer: str, path, fonts: dict, landscape: bool = False, size=(612, 792)):
        self.producer, self.path = producer, str(path)
        w, h = size
        self.W, self.H = (h, w) if landscape else (w, h)
        self.page = 0
        self.marks: list = []
        self.fonts = {}
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen import canvas
            self._pm = pdfmetrics
            for k, v in fonts.items():
                if "/" in v:
                    nm = "H79" + re.sub(r"\W", "", v.rsplit("/", 1)[1][:-4])
                    try:
                        pdfmetrics.getFont(nm)
                    except KeyError:
                        pdfmetrics.registerFont(TTFont(nm, v))
                    self.fonts[k] = nm
                else:
                    self.fonts[k] = v
            self.c = canvas.Canvas(self.path, pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle("Statement")
        else:
            from eobgen import FIXED_WHEN
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format=(w, h))
            self.c.set_auto_page_break(False)
            self.c.set_creation_date(FIXED_WHEN)
            for k, v in fonts.items():
                if "/" in v:
                    nm = "h79" + re.sub(r"\W", "", v.rsplit("/", 1)[1][:-4]).lower()
                    self.c.add_font(nm, "", v)
                    self.fonts[k] = (nm, "")
                else:
                    fam, _, sty = v.partition("-")
                    self.fonts[k] = (fam.lower(), "B" if "Bold" in sty else ("I" if sty else ""))

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1

    def _font(self, f: str, sz: float) -> None:
        if self.producer == "reportlab":
            self.c.setFont(self.fonts[f], sz)
        else:
            fam, sty = self.fonts[f]
            self.c.set_font(fam, sty, sz)

    def width(self, s: str, f: str = "R", sz: float = 8) -> float:
        if self.producer == "reportlab":
            return self._pm.stringWidth(s, self.fonts[f], sz)
        self._font(f, sz)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, f: str = "R", sz: float = 8, align: str = "l", gray: float = 0):
        s = str(s)
        if align == "r":
            x -= self.width(s, f, sz)
        elif align == "c":
            x -= self.width(s, f, sz) / 2
        self._font(f, sz)
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def wrap(self, s: str, wmax: float, f: str = "R", sz: float = 8) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.width(t, f, sz) > wmax:
                out.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            out.append(cur)
        return out

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, gray: float = 0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            self.c.set_line_width(lw)
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            self.c.line(x1, y1, x2, y2)
            self.c.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5, fill: float | None = None,
             stroke: bool = True) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("D" if stroke else "") + ("F" if fill is not None else "")
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            self.c.rect(x, y, w, h, style=style or "D")

    def mark(self, idx: int, y0: float, y1: float, items: list) -> None:
        """The truth line ``idx`` is printed between y0 and y1 (top-down) on the current page; items are
        (field, printed text, kind) for every truth value of that line."""
        self.marks.append((idx, self.page, y0, y1, items))

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(self.path)
        return self.page


# ------------------------------------------------------------------------------------------- check

def parse_money(s: str) -> Decimal:
    t = s.strip().replace("$", "").replace(",", "").replace(" ", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    if t.endswith("-"):
        neg, t = True, t[:-1]
    if t.endswith("CR"):
        neg, t = True, t[:-2]
    if t.startswith("-"):
        neg, t = True, t[1:]
    v = Decimal(t)
    return -v if neg else v


def money_variants(v: str) -> set[str]:
    d = Decimal(v)
    a = abs(d)
    bodies = {f"{a:,.2f}", f"{a:.2f}"}
    return bodies


def check_one(pdf_path, truth: dict, marks: list, ids_on_page: bool = True) -> list[str]:
    errs: list[str] = []
    name = str(pdf_path).rsplit("/", 1)[-1]
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != truth["pages"]:
            errs.append(f"{name}: pages {len(pdf.pages)} != {truth['pages']}")
        words = [p.extract_words(x_tolerance=1.5) for p in pdf.pages]
        ptext = [p.extract_text() or "" for p in pdf.pages]
    doc_text = "\n".join(ptext)
    lines = truth["lines"]
    seen = set()
    for idx, page, y0, y1, items in marks:
        seen.add(idx)
        ln = lines[idx]
        tag = f"{name} line {idx} {ln['code']} p{page}"
        if ln["page"] != page:
            errs.append(f"{tag}: truth page {ln['page']}")
        band = sorted((w for w in words[page - 1] if y0 - 0.5 <= (w["top"] + w["bottom"]) / 2 <= y1 + 0.5),
                      key=lambda w: (round(w["top"]), w["x0"]))
        text = " ".join(w["text"] for w in band)
        covered = set()
        for it in items:
            field, printed, kind = it[:3]
            btext = text
            if len(it) > 3:  # a value printed once for the claim (its heading band)
                bp, b0, b1 = it[3]
                btext = " ".join(w["text"] for w in sorted(
                    (w for w in words[bp - 1] if b0 - 0.5 <= (w["top"] + w["bottom"]) / 2 <= b1 + 0.5),
                    key=lambda w: (round(w["top"]), w["x0"])))
            if printed not in btext:
                errs.append(f"{tag}: {field} {printed!r} not in row text {text!r}")
                continue
            base = field.split(":")[0]
            covered.add(field)
            try:
                if kind == "money":
                    if ln[base] is None or parse_money(printed) != Decimal(ln[base]):
                        errs.append(f"{tag}: {field} printed {printed} truth {ln[base]}")
                elif kind.startswith("date:"):
                    fmt = kind[5:]
                    got = datetime.strptime(printed, fmt).date().isoformat()
                    if got != ln[base]:
                        errs.append(f"{tag}: {field} printed {printed} truth {ln[base]}")
                elif kind == "spr":  # MMDD MMDDYY: from-date month/day, thru-date with year
                    got = datetime.strptime(printed[-6:], "%m%d%y").date().isoformat()
                    frm = printed[:4]
                    if got != ln["service_date"] or frm != got[5:7] + got[8:10]:
                        errs.append(f"{tag}: spr date {printed} truth {ln['service_date']}")
                elif kind == "code":
                    if not ln["code"] or ln["code"] not in printed:
                        errs.append(f"{tag}: code {ln['code']} not in {printed}")
                elif kind == "mods":
                    rest = printed.partition(ln["code"])[2] if ln["code"] and ln["code"] in printed else printed
                    rest = re.sub(r"[^A-Z0-9]", "", rest)
                    got = [rest[i:i + 2] for i in range(0, len(rest), 2)]
                    if got != ln["modifiers"]:
                        errs.append(f"{tag}: mods {got} truth {ln['modifiers']}")
                elif kind == "units":
                    if ln["units"] is None or Decimal(printed) != Decimal(ln["units"]):
                        errs.append(f"{tag}: units {printed} truth {ln['units']}")
                elif kind == "adj":
                    i = int(field.split(":")[1])
                    g, r, a = ln["adjustments"][i]
                    m = re.search(r"\b(CO|PR|OA|PI|CR)[-\s]?([A-Z]?\d+)[\s:]+(-?\$?[\d,]+\.\d\d-?|\(\$?[\d,.]+\))",
                                  printed)
                    if not m or m.group(1) != g or m.group(2) != r or parse_money(m.group(3)) != Decimal(a):
                        errs.append(f"{tag}: adj {printed!r} truth {[g, r, a]}")
                elif kind == "remark":
                    i = int(field.split(":")[1])
                    if printed != ln["remarks"][i]:
                        errs.append(f"{tag}: remark {printed} truth {ln['remarks'][i]}")
            except Exception as e:  # noqa: BLE001
                errs.append(f"{tag}: {field} {printed!r}: {e}")
        need = {k for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                            "not_covered", "discount", "units", "service_date", "service_end", "code")
                if ln[k] is not None}
        if ln["modifiers"]:
            need.add("mods")
        need |= {f"adj:{i}" for i in range(len(ln["adjustments"]))}
        need |= {f"remark:{i}" for i in range(len(ln["remarks"]))}
        if need - covered:
            errs.append(f"{tag}: values not verified on the row: {sorted(need - covered)}")
        # ids / patient printed on the line's page or, for a continued claim with no repeated heading, the page before
        near = ptext[page - 1] + (ptext[page - 2] if page > 1 else "")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] is not None and ln[k] not in (near if ids_on_page else doc_text):
                errs.append(f"{tag}: {k} {ln[k]!r} not printed near the line")
    for i in range(len(lines)):
        if i not in seen:
            errs.append(f"{name}: truth line {i} has no printed row")
    # document arithmetic
    D = lambda v: None if v is None else Decimal(v)  # noqa: E731
    for i, ln in enumerate(lines):
        b, dsc, nc, al = D(ln["billed"]), D(ln["discount"]), D(ln["not_covered"]), D(ln["allowed"])
        de, cp, co, pd = D(ln["deductible"]), D(ln["copay"]), D(ln["coinsurance"]), D(ln["paid"])
        if None not in (b, dsc, al) and b - dsc - (nc or 0) != al:
            errs.append(f"{name} line {i}: billed - discount - not covered != allowed")
        if None not in (al, pd) and (de, cp, co) != (None, None, None) and not any(
                a[1] == "253" for a in ln["adjustments"]):
            if al - (de or 0) - (cp or 0) - (co or 0) != pd:
                errs.append(f"{name} line {i}: allowed - patient share != paid")
        adj = ln["adjustments"]
        if adj and None not in (b, pd) and all(a[2] is not None for a in adj):
            if b - sum(Decimal(a[2]) for a in adj) != pd:
                errs.append(f"{name} line {i}: billed - adjustments != paid {b} {pd} {adj}")
    for c in truth["claims"]:
        cl = [ln for ln in lines if ln["payer_claim_id"] == c["payer_claim_id"] and ln["claim_id"] == c["claim_id"]
              and ln["patient"] == c["patient"]]
        if not cl:
            errs.append(f"{name}: claim {c} has no lines")
        key = c["payer_claim_id"] or c["claim_id"]
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not any(m in doc_text for m in money_variants(v)):
                errs.append(f"{name}: claim {key} total {k} {v} not printed")
            vals = [ln[k] for ln in cl]
            if None in vals:  # a claim-level figure only (e.g. PT RESP): printed, not summable
                continue
            s = sum((Decimal(x) for x in vals), Decimal("0"))
            planted = any(key in f and k.replace("_", " ") in f.replace("_", " ") for f in truth["expected_findings"])
            if (s != Decimal(v)) != planted:
                errs.append(f"{name}: claim {key} {k} total {v} lines {s} planted={planted}")
    return errs
