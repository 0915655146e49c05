"""Drawing shim (reportlab / fpdf2 behind one small API, y measured from the page top) and the
factory self-check for bench/heldout166. Tests the factory only; never touches the reader."""
from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from eobgen import FIXED_WHEN, dfmt  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf", "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf", "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf", "LibMono-B": "liberation/LiberationMono-Bold.ttf",
    "DVSans": "dejavu/DejaVuSans.ttf", "DVSans-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVCond": "dejavu/DejaVuSansCondensed.ttf", "DVCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf", "DVSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVSerifC": "dejavu/DejaVuSerifCondensed.ttf", "DVSerifC-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DVMono": "dejavu/DejaVuSansMono.ttf", "DVMono-B": "dejavu/DejaVuSansMono-Bold.ttf",
}
CORE_RL = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
           "Courier": ("Courier", "Courier-Bold")}


class Doc:
    """producer 'reportlab' or 'fpdf2'; family = a core name (Helvetica/Times/Courier) or a TTF key."""

    def __init__(self, producer: str, path: Path, landscape: bool = False, title: str = "") -> None:
        self.producer, self.path = producer, path
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page_no = 0
        self.fam, self.bold, self.size = "Helvetica", False, 8.0
        if producer == "reportlab":
            from reportlab.pdfgen import canvas
            self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("")
        else:
            from fpdf import FPDF
            self.c = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_title(title)
        self._reg: set = set()
        self.new_page()

    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page_no:
                self.c.showPage()
        else:
            self.c.add_page()
        self.page_no += 1
        self.font(self.fam, self.size, self.bold)

    def font(self, fam: str, size: float, bold: bool = False) -> None:
        self.fam, self.size, self.bold = fam, size, bold
        if self.producer == "reportlab":
            if fam in CORE_RL:
                name = CORE_RL[fam][1 if bold else 0]
            else:
                name = fam + ("-B" if bold else "")
                if name not in self._reg:
                    from reportlab.pdfbase import pdfmetrics
                    from reportlab.pdfbase.ttfonts import TTFont
                    pdfmetrics.registerFont(TTFont(name, FONTDIR + TTF[name]))
                    self._reg.add(name)
            self.c.setFont(name, size)
        else:
            if fam in CORE_RL:
                self.c.set_font(fam.lower(), "B" if bold else "", size)
            else:
                if fam not in self._reg:
                    self.c.add_font(fam, "", FONTDIR + TTF[fam])
                    self.c.add_font(fam, "B", FONTDIR + TTF[fam + "-B"])
                    self._reg.add(fam)
                self.c.set_font(fam, "B" if bold else "", size)

    def width(self, s: str) -> float:
        if self.producer == "reportlab":
            return self.c.stringWidth(s, self.c._fontname, self.size)
        return self.c.get_string_width(s)

    def text(self, x: float, y: float, s: str, align: str = "l") -> None:
        """y = baseline measured from the page top."""
        if not s:
            return
        if align == "r":
            x -= self.width(s)
        elif align == "c":
            x -= self.width(s) / 2
        if self.producer == "reportlab":
            self.c.drawString(x, self.H - y, s)
        else:
            self.c.text(x, y, s)

    def gray(self, g: float) -> None:
        if self.producer == "reportlab":
            self.c.setFillGray(g)
        else:
            v = int(g * 255)
            self.c.set_fill_color(v, v, v)
            self.c.set_text_color(v, v, v)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
        else:
            self.c.set_line_width(w)
            self.c.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | None = None, stroke: bool = True,
             lw: float = 0.5) -> None:
        """y = top edge from the page top; fill = gray level or None."""
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
                v = int(fill * 255)
                self.c.set_fill_color(v, v, v)
            self.c.rect(x, y, w, h, style=style if style != "DF" else "DF")
            self.c.set_fill_color(0, 0, 0)

    def save(self) -> int:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page_no


def cells(doc: Doc, x0: float, y: float, cols: list, vals: list, lead: float = 9.0) -> int:
    """Draw one table row: cols = [(width, align)], vals = str or list of str (stacked lines).
    Returns the number of text lines used."""
    x = x0
    n = 1
    for (w, al), v in zip(cols, vals):
        parts = v if isinstance(v, list) else [v]
        n = max(n, len(parts))
        for i, p in enumerate(parts):
            if al == "r":
                doc.text(x + w - 2, y + i * lead, p, "r")
            elif al == "c":
                doc.text(x + w / 2, y + i * lead, p, "c")
            else:
                doc.text(x + 2, y + i * lead, p)
        x += w
    return n


def wrap(doc: Doc, s: str, w: float) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if doc.width(t) <= w - 4 or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------------------------------ check

_MONEY = re.compile(r"^\(?-?(?:USD|\$)?-?\(?\$?[\d,]*\d\.\d\d\)?-?$")


def parse_money(tok: str) -> Decimal | None:
    t = tok.strip().rstrip(",;")
    if not _MONEY.match(t):
        return None
    neg = t.startswith("(") or t.endswith("-") or "-" in t[:3]
    body = re.sub(r"[^\d.]", "", t)
    try:
        v = Decimal(body)
    except InvalidOperation:
        return None
    return -v if neg else v


def date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    forms = [dfmt(d, s) for s in ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")]
    forms += [d.strftime("%m-%d-%Y"), d.strftime("%m-%d-%y"), d.strftime("%m%d"), d.strftime("%b %d, %Y"),
              d.strftime("%d %b %Y"), f"{d:%b} {d.day}"]
    return forms


def _lines(page) -> list[tuple[float, str, list[str]]]:
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
    words.sort(key=lambda w: (round(w["top"], 0), w["x0"]))
    rows: list[list] = []
    for w in sorted(words, key=lambda w: w["top"]):
        if rows and abs(rows[-1][0] - w["top"]) <= 2.0:
            rows[-1][1].append(w)
        else:
            rows.append([w["top"], [w]])
    out = []
    for top, ws in rows:
        ws.sort(key=lambda w: w["x0"])
        out.append((top, " ".join(w["text"] for w in ws), [w["text"] for w in ws]))
    return out


def check_file(pdf: Path, meta: list[dict], all_adj: bool, errors: list[str]) -> tuple[int, int, bool]:
    import pdfplumber
    tr = json.loads(Path(str(pdf) + ".truth.json").read_text())
    name = pdf.name
    with pdfplumber.open(pdf) as p:
        if len(p.pages) != tr["pages"]:
            errors.append(f"{name}: pages {len(p.pages)} != truth {tr['pages']}")
        plines = [_lines(pg) for pg in p.pages]
        fulltext = "\n".join(pg.extract_text() or "" for pg in p.pages)
    flat = re.sub(r"\s+", " ", fulltext)
    used: dict = {}
    for i, (ln, m) in enumerate(zip(tr["lines"], meta)):
        tag = f"{name} line {i} {ln['code']} {ln['service_date']}"
        rows = plines[ln["page"] - 1]
        key = tuple(m["key"])
        cands = [j for j, (_t, txt, _w) in enumerate(rows) if all(k in txt for k in key)]
        k = used.get((ln["page"], key), 0)
        used[(ln["page"], key)] = k + 1
        if k >= len(cands):
            errors.append(f"{tag}: row {key} not found on page {ln['page']}")
            continue
        top = rows[cands[k]][0]
        band = [r for r in rows if top - m.get("up", 1.0) <= r[0] <= top + m.get("band", 1.0)]
        btxt = " ".join(r[1] for r in band)
        toks = [t for r in band for t in r[2]]
        vals = {parse_money(t) for t in toks} | {parse_money(a + b) for a, b in zip(toks, toks[1:])}
        for f in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance",
                  "not_covered", "discount"):
            if ln[f] is not None and Decimal(ln[f]) not in vals:
                errors.append(f"{tag}: {f} {ln[f]} not on its row: {btxt!r}")
        for g, r, a in ln["adjustments"]:
            if a is not None and Decimal(a) not in vals:
                errors.append(f"{tag}: adjustment {g}-{r} {a} not on its row")
            if r not in btxt:
                errors.append(f"{tag}: adjustment reason {r} not on its row")
        if ln["code"] and ln["code"] not in btxt:
            errors.append(f"{tag}: code not on its row")
        for mo in ln["modifiers"]:
            if mo not in btxt:
                errors.append(f"{tag}: modifier {mo} not on its row")
        if ln["units"] is not None:
            u = Decimal(ln["units"])
            ok = False
            for t in toks:
                try:
                    ok |= Decimal(t.lstrip("x×").rstrip(",")) == u
                except InvalidOperation:
                    pass
            if not ok:
                errors.append(f"{tag}: units {ln['units']} not on its row")
        for rm in ln["remarks"]:
            if rm not in btxt:
                errors.append(f"{tag}: remark {rm} not on its row")
        if not any(fm in btxt for fm in date_forms(ln["service_date"])):
            errors.append(f"{tag}: date not on its row: {btxt!r}")
        if ln["service_end"] and not any(fm in btxt for fm in date_forms(ln["service_end"])):
            errors.append(f"{tag}: end date not on its row")
        for idk in ("claim_id", "payer_claim_id", "patient"):
            if ln[idk] and ln[idk] not in flat:
                errors.append(f"{tag}: {idk} {ln[idk]!r} not in document text")
        # arithmetic
        if all_adj and ln["billed"] is not None and ln["paid"] is not None and ln["adjustments"]:
            s = Decimal(ln["billed"]) - sum(Decimal(a) for _g, _r, a in ln["adjustments"])
            if s != Decimal(ln["paid"]):
                errors.append(f"{tag}: billed - adjustments {s} != paid {ln['paid']}")
        if None not in (ln["allowed"], ln["deductible"], ln["copay"], ln["coinsurance"], ln["paid"]):
            s = Decimal(ln["allowed"]) - Decimal(ln["deductible"]) - Decimal(ln["copay"]) - Decimal(ln["coinsurance"])
            seq = sum((Decimal(a) for g, r, a in ln["adjustments"] if r == "253"), Decimal(0))
            if s - seq != Decimal(ln["paid"]):
                errors.append(f"{tag}: allowed - cost share {s} != paid {ln['paid']}")
    planted = {(f["claim_id"], f["payer_claim_id"], f["field"]) for f in tr["expected_findings"]}
    spans = False
    for c in tr["claims"]:
        mine = [ln for ln in tr["lines"] if ln["claim_id"] == c["claim_id"]
                and ln["payer_claim_id"] == c["payer_claim_id"] and ln["patient"] == c["patient"]]
        if not mine:
            errors.append(f"{name}: claim {c} has no lines")
            continue
        if len({ln["page"] for ln in mine}) > 1:
            spans = True
        for f, v in c["totals"].items():
            if v is None:
                continue
            if Decimal(v) not in {parse_money(t) for t in flat.split()}:
                errors.append(f"{name}: claim total {f} {v} not printed")
            if all(ln[f] is None for ln in mine):
                continue  # a claim-level figure only (e.g. PT RESP); no line prints it
            s = sum((Decimal(ln[f]) for ln in mine if ln[f] is not None), Decimal(0))
            isp = (c["claim_id"], c["payer_claim_id"], f) in planted
            if (s != Decimal(v)) != isp:
                errors.append(f"{name}: claim {c['claim_id']}/{c['payer_claim_id']} total {f} {v} vs lines {s}"
                              f" (planted={isp})")
    return len(tr["lines"]), tr["pages"], spans
