"""Small drawing / flow / check helpers for make_heldout54_pdfs.py (one canvas API over reportlab and fpdf2)."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import FIXED_WHEN  # noqa: E402

# Extra invented fees for non-therapy lines (in-memory additions only; eobgen.py is not modified).
for _c, _fee, _sch, _d in (
    ("73110", "145.00", "31.20", "X-ray of wrist, three views"),
    ("97161", "220.00", "101.12", "PT evaluation, low complexity"),
    ("97162", "245.00", "101.12", "PT evaluation, moderate complexity"),
    ("97533", "88.00", "31.90", "Sensory integration activities"),
    ("G0151", "150.00", "56.40", "Home health physical therapy visit"),
    ("E0110", "115.00", "58.77", "Crutches, forearm, pair"),
    ("99203", "210.00", "112.35", "Office visit, new patient"),
    ("97014", "40.00", "12.15", "Electrical stimulation, unattended"),
    ("92610", "185.00", "82.40", "Swallowing function evaluation"),
):
    eobgen.FEE.setdefault(_c, _fee)
    eobgen.SCHED.setdefault(_c, _sch)
    eobgen.DESC.setdefault(_c, _d)

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": FONTDIR + "liberation/LiberationSans-Regular.ttf",
    "LibSansB": FONTDIR + "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": FONTDIR + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrowB": FONTDIR + "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": FONTDIR + "liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": FONTDIR + "liberation/LiberationSerif-Bold.ttf",
    "LibMono": FONTDIR + "liberation/LiberationMono-Regular.ttf",
    "LibMonoB": FONTDIR + "liberation/LiberationMono-Bold.ttf",
    "DejaSans": FONTDIR + "dejavu/DejaVuSans.ttf",
    "DejaSansB": FONTDIR + "dejavu/DejaVuSans-Bold.ttf",
    "DejaCond": FONTDIR + "dejavu/DejaVuSansCondensed.ttf",
    "DejaCondB": FONTDIR + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaSerif": FONTDIR + "dejavu/DejaVuSerif.ttf",
    "DejaSerifB": FONTDIR + "dejavu/DejaVuSerif-Bold.ttf",
    "DejaSerifC": FONTDIR + "dejavu/DejaVuSerifCondensed.ttf",
    "DejaSerifCB": FONTDIR + "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaMono": FONTDIR + "dejavu/DejaVuSansMono.ttf",
    "DejaMonoB": FONTDIR + "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helvetica": "Helvetica", "HelveticaB": "Helvetica-Bold", "Times": "Times-Roman",
           "TimesB": "Times-Bold", "Courier": "Courier", "CourierB": "Courier-Bold"}
CORE_FP = {"Helvetica": ("helvetica", ""), "HelveticaB": ("helvetica", "B"), "Times": ("times", ""),
           "TimesB": ("times", "B"), "Courier": ("courier", ""), "CourierB": ("courier", "B")}


class Doc:
    """Top-left origin, points; y is the text baseline."""

    def __init__(self, producer: str, path: Path, landscape: bool = False):
        self.producer, self.path = producer, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(path.stem)
            self._rl_reg: set = set()
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            self._fp_reg: set = set()
        self._started = False

    def _font(self, f: str, size: float) -> None:
        if self.producer == "reportlab":
            if f in CORE_RL:
                self.c.setFont(CORE_RL[f], size)
                return
            if f not in self._rl_reg:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont
                try:
                    pdfmetrics.getFont("h54" + f)
                except KeyError:
                    pdfmetrics.registerFont(TTFont("h54" + f, TTF[f]))
                self._rl_reg.add(f)
            self.c.setFont("h54" + f, size)
        else:
            if f in CORE_FP:
                fam, st = CORE_FP[f]
                self.c.set_font(fam, st, size)
                return
            if f not in self._fp_reg:
                self.c.add_font("h54" + f.lower(), "", TTF[f])
                self._fp_reg.add(f)
            self.c.set_font("h54" + f.lower(), "", size)

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self._started:
                self.c.showPage()
        else:
            self.c.add_page()
        self._started = True
        self.page += 1

    def width(self, s: str, f: str, size: float) -> float:
        self._font(f, size)
        if self.producer == "reportlab":
            return self.c.stringWidth(s, self.c._fontname, size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, f: str = "R", size: float = 8, align: str = "l",
             gray: float = 0.0) -> None:
        if s == "":
            return
        w = self.width(s, f, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0.0,
             dash: bool = False) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            if dash:
                self.c.setDash(2, 2)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setDash()
            self.c.setStrokeGray(0)
        else:
            self.c.set_line_width(w)
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            if dash:
                self.c.set_dash_pattern(2, 2)
            self.c.line(x1, y1, x2, y2)
            self.c.set_dash_pattern()
            self.c.set_draw_color(0, 0, 0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        """(x, y) is the top-left corner."""
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
            self.c.set_fill_color(0, 0, 0)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


def wrap(s: str, n: int) -> list[str]:
    import textwrap
    return textwrap.wrap(s, n) or [""]


# ------------------------------------------------------------------------------------------- check

def _rows(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) <= 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def _norm(s: str) -> str:
    return s.replace("$", " ").replace(",", "")


def _has_amt(text: str, v: str) -> bool:
    a = f"{abs(Decimal(v)):.2f}"
    return re.search(r"(?<![0-9.])" + re.escape(a) + r"(?![0-9])", _norm(text)) is not None


def _has_code(text: str, code: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(code) + r"(?![0-9])", text) is not None


def _has_units(text: str, u: str) -> bool:
    for tok in re.findall(r"(?<![0-9.,$/A-Za-z-])\d+(?:\.\d+)?(?![0-9/A-Za-z-])", text):
        if Decimal(tok) == Decimal(u):
            return True
    return False


def _date_forms(iso: str) -> list[str]:
    from datetime import date
    d = date.fromisoformat(iso)
    forms = [eobgen.dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")]
    forms += [d.strftime("%m-%d-%y"), d.strftime("%m-%d-%Y"), f"{d:%b} {d.day:02d}, {d.year}",
              f"{d.month}/{d.day}/{d:%y}", d.strftime("%b %d")]
    return forms


def check_folder(out: Path, meta: dict) -> list[str]:
    """meta: name -> {'full_adj': bool, 'row_keys': (amount keys that must share the row)}."""
    import pdfplumber
    errs: list[str] = []
    for name, m in meta.items():
        pdf = out / f"{name}.pdf"
        t = json.loads(Path(str(pdf) + ".truth.json").read_text())
        with pdfplumber.open(pdf) as doc:
            if len(doc.pages) != t["pages"]:
                errs.append(f"{name}: pages {len(doc.pages)} != truth {t['pages']}")
            rows = [_rows(p) for p in doc.pages]
            ptext = [_norm(" ".join(r)) for r in rows]
            alltext = " ".join(" ".join(r) for r in rows)
        pages_seen = set()
        for i, ln in enumerate(t["lines"]):
            p = ln["page"] - 1
            pages_seen.add(p)
            tag = f"{name} line {i + 1} ({ln['code']} {ln['service_date']})"
            key = ln["code"] or ln["description"]
            cands = [r for r in rows[p] if (_has_code(r, ln["code"]) if ln["code"] else ln["description"] in r)]
            need = [k for k in m["row_keys"] if ln.get(k) is not None]
            ok = [r for r in cands if all(_has_amt(r, ln[k]) for k in need)
                  and (ln["units"] is None or _has_units(r, ln["units"]))
                  and all(re.search(re.escape(md), r) for md in ln["modifiers"])]
            if not ok:
                errs.append(f"{tag}: no row on page {p + 1} holds {key} with {need} units={ln['units']} "
                            f"mods={ln['modifiers']}; candidates={cands[:3]}")
            for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                      "not_covered", "discount"):
                if ln.get(k) is not None and not _has_amt(ptext[p], ln[k]):
                    errs.append(f"{tag}: {k} {ln[k]} not on page")
            if not any(f in " ".join(rows[p]) for f in _date_forms(ln["service_date"])):
                errs.append(f"{tag}: date {ln['service_date']} not on page")
            if ln["service_end"] and not any(f in " ".join(rows[p]) for f in _date_forms(ln["service_end"])):
                errs.append(f"{tag}: end date not on page")
            for g, c, a in ln["adjustments"]:
                if not re.search(re.escape(g) + r"\s*-?\s*" + re.escape(c) + r"(?![0-9])", " ".join(rows[p])):
                    errs.append(f"{tag}: adj {g}-{c} not on page")
                if a is not None and not _has_amt(ptext[p], a):
                    errs.append(f"{tag}: adj amount {a} not on page")
            for rm in ln["remarks"]:
                if not _has_code(" ".join(rows[p]), rm):
                    errs.append(f"{tag}: remark {rm} not on page")
            for k in ("claim_id", "payer_claim_id", "patient"):
                if ln[k] is not None and ln[k] not in alltext:
                    errs.append(f"{tag}: {k} {ln[k]!r} not in document")
            if ln["description"] and ln["description"].split()[0] not in " ".join(rows[p]):
                errs.append(f"{tag}: description start not on page")
            if m["full_adj"] and ln["billed"] is not None and ln["paid"] is not None:
                s = sum((Decimal(a) for _, _, a in ln["adjustments"] if a is not None), Decimal(0))
                if Decimal(ln["billed"]) - s != Decimal(ln["paid"]):
                    errs.append(f"{tag}: billed - adjustments {Decimal(ln['billed']) - s} != paid {ln['paid']}")
        # claim totals
        planted = " ".join(t["expected_findings"])
        for c in t["claims"]:
            for k, v in c.get("totals", {}).items():
                if v is None:
                    continue
                lines = [ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"]
                         and ln["claim_id"] == c["claim_id"] and ln["patient"] == c["patient"]]
                if not _has_amt(" ".join(ptext), v):
                    errs.append(f"{name} claim {c['payer_claim_id']}: total {k} {v} not printed")
                if m.get("line_totals", True) and all(ln.get(k) is not None for ln in lines) and lines:
                    s = sum(Decimal(ln[k]) for ln in lines)
                    mism = s != Decimal(v)
                    flagged = f"claim {c['payer_claim_id']}" in planted and str(s) in planted and v in planted
                    if mism and not flagged:
                        errs.append(f"{name} claim {c['payer_claim_id']}: {k} total {v} != lines {s}")
                    if flagged and not mism:
                        errs.append(f"{name} claim {c['payer_claim_id']}: planted mismatch not real")
        if len(t["expected_findings"]) != m.get("n_findings", 0):
            errs.append(f"{name}: expected findings {len(t['expected_findings'])}")
        if not t["lines"]:
            errs.append(f"{name}: no lines")
    return errs
