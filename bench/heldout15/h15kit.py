"""Drawing, truth-collecting and self-check helpers for bench/heldout15/make_heldout15_pdfs.py.

One small drawing wrapper over reportlab and fpdf2 (top-left coordinates in points, baseline y for text, an
optional 90-degree rotated frame on reportlab pages), a truth collector that keeps the page rectangle of every
printed service (its row, its column, its tile) and of every printed claim-total row, and the self-check that
reads the written PDF back with pdfplumber and finds every truth value inside those rectangles.
"""

from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "samples" / "pdf"))

import eobgen  # noqa: E402
from eobgen import FIXED_WHEN, ZERO, Svc, claim_totals, q, truth_line, write_truth  # noqa: E402,F401

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"),
             Path("/usr/share/fonts/truetype/liberation2")]
TTF = {
    "DVS": "DejaVuSans.ttf", "DVS-B": "DejaVuSans-Bold.ttf",
    "DVC": "DejaVuSansCondensed.ttf", "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf", "DVM-B": "DejaVuSansMono-Bold.ttf",
    "DVSer": "DejaVuSerif.ttf", "DVSer-B": "DejaVuSerif-Bold.ttf", "DVSer-I": "DejaVuSerif-Italic.ttf",
    "LS": "LiberationSans-Regular.ttf", "LS-B": "LiberationSans-Bold.ttf", "LS-I": "LiberationSans-Italic.ttf",
    "LSN": "LiberationSansNarrow-Regular.ttf", "LSN-B": "LiberationSansNarrow-Bold.ttf",
    "LSer": "LiberationSerif-Regular.ttf", "LSer-B": "LiberationSerif-Bold.ttf",
    "LSer-I": "LiberationSerif-Italic.ttf", "LM": "LiberationMono-Regular.ttf", "LM-B": "LiberationMono-Bold.ttf",
}
# fallbacks to the PDF core fonts when a TrueType file is missing
CORE_RL = {"B": "Helvetica-Bold", "I": "Helvetica-Oblique", "": "Helvetica"}
CORE_FP = {"B": ("helvetica", "B"), "I": ("helvetica", "I"), "": ("helvetica", "")}
CORE_NAMES_RL = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Times-Roman", "Times-Bold", "Times-Italic",
                 "Courier", "Courier-Bold"}


def ttf_path(key: str) -> Path | None:
    for d in FONT_DIRS:
        p = d / TTF[key]
        if p.exists():
            return p
    return None


# --------------------------------------------------------------------------------------------- money / dates

def m_plain(d) -> str:
    return eobgen.money(Decimal(d), ",")


def m_dollar(d) -> str:
    return eobgen.money(Decimal(d), "$")


def m_nocomma(d) -> str:
    return eobgen.money(Decimal(d), "")


def m_usd_space(d) -> str:
    """USD 1 234.50: currency code, spaces as thousands separators."""
    d = q(Decimal(d))
    body = f"{abs(d):,.2f}".replace(",", " ")
    return ("USD -" if d < 0 else "USD ") + body


def m_whole(d) -> str:
    """$95 for whole dollars, $76.40 otherwise; -$12 for negatives."""
    d = q(Decimal(d))
    a = abs(d)
    body = f"{a:,.0f}" if a == a.to_integral_value() else f"{a:,.2f}"
    return ("-$" if d < 0 else "$") + body


# ------------------------------------------------------------------------------------------------- drawing

class Doc:
    """Top-left coordinates in points; text y is the baseline."""

    def __init__(self, producer: str, size: tuple[float, float], title: str):
        self.producer, self.W, self.H = producer, float(size[0]), float(size[1])
        self.page = 1
        self.rotated = False
        self.buf = io.BytesIO()
        if producer == "reportlab":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            from reportlab.pdfgen.canvas import Canvas
            self._pm = pdfmetrics
            self.c = Canvas(self.buf, pagesize=size, invariant=1)
            self.c.setTitle(title)
            self.c.setAuthor("")
            for k in TTF:
                p = ttf_path(k)
                if p and k not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(k, str(p)))
        else:
            from fpdf import FPDF
            self.p = FPDF(unit="pt", format=(self.W, self.H))
            self.p.set_auto_page_break(False)
            self.p.set_margins(0, 0, 0)
            self.p.set_creation_date(FIXED_WHEN)
            self.p.set_title(title)
            self._fp_fonts: set[str] = set()
            self.p.add_page()

    # fonts
    def _font(self, key: str, size: float):
        if self.producer == "reportlab":
            if key in CORE_NAMES_RL:
                name = key
            elif ttf_path(key) if key in TTF else False:
                name = key
            else:
                name = CORE_RL["B" if key.endswith("-B") else "I" if key.endswith("-I") else ""]
            self.c.setFont(name, size)
            return name
        if key in TTF and ttf_path(key):
            if key not in self._fp_fonts:
                self.p.add_font(family=key, style="", fname=str(ttf_path(key)))
                self._fp_fonts.add(key)
            self.p.set_font(key, "", size)
        elif key.lower() in ("courier", "helvetica", "times"):
            self.p.set_font(key.lower(), "", size)
        else:
            fam, st = CORE_FP["B" if key.endswith("-B") else "I" if key.endswith("-I") else ""]
            self.p.set_font(fam, st, size)
        return key

    def width(self, s: str, key: str, size: float) -> float:
        if self.producer == "reportlab":
            name = self._font(key, size)
            return self._pm.stringWidth(s, name, size)
        self._font(key, size)
        return self.p.get_string_width(s)

    def _fy(self, y: float) -> float:
        return (self.W if self.rotated else self.H) - y

    def text(self, x, y, s, key="LS", size=8.0, align="l", rgb=(0, 0, 0)):
        s = str(s)
        w = self.width(s, key, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self._font(key, size)
            self.c.setFillColorRGB(*rgb)
            self.c.drawString(x, self._fy(y), s)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self._font(key, size)
            self.p.set_text_color(*(int(v * 255) for v in rgb))
            self.p.text(x, y, s)
            self.p.set_text_color(0, 0, 0)
        return w

    def fit(self, s: str, key: str, size: float, maxw: float) -> list[str]:
        """Greedy word wrap."""
        out, cur = [], ""
        for wd in str(s).split():
            t = (cur + " " + wd).strip()
            if cur and self.width(t, key, size) > maxw:
                out.append(cur)
                cur = wd
            else:
                cur = t
        if cur:
            out.append(cur)
        return out or [""]

    def rect(self, x, top, w, h, fill=None, stroke=None, lw=0.5):
        if self.producer == "reportlab":
            c = self.c
            if fill:
                c.setFillColorRGB(*fill)
            if stroke:
                c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
            c.rect(x, self._fy(top) - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)
        else:
            p = self.p
            style = ("F" if fill else "") + ("D" if stroke else "")
            if fill:
                p.set_fill_color(*(int(v * 255) for v in fill))
            if stroke:
                p.set_draw_color(*(int(v * 255) for v in stroke))
                p.set_line_width(lw)
            if style:
                p.rect(x, top, w, h, style="DF" if style == "FD" else style)
            p.set_draw_color(0, 0, 0)

    def line(self, x0, y0, x1, y1, lw=0.5, rgb=(0, 0, 0), dash=None):
        if self.producer == "reportlab":
            c = self.c
            c.setLineWidth(lw)
            c.setStrokeColorRGB(*rgb)
            if dash:
                c.setDash(*dash)
            c.line(x0, self._fy(y0), x1, self._fy(y1))
            c.setDash()
            c.setStrokeColorRGB(0, 0, 0)
        else:
            p = self.p
            p.set_line_width(lw)
            p.set_draw_color(*(int(v * 255) for v in rgb))
            if dash:
                p.set_dash_pattern(dash=dash[0], gap=dash[1])
            p.line(x0, y0, x1, y1)
            p.set_dash_pattern()
            p.set_draw_color(0, 0, 0)

    def begin_rotated(self):
        """Landscape content on a portrait page: frame W'=H, H'=W, text reads bottom-to-top (reportlab only)."""
        assert self.producer == "reportlab"
        self.c.saveState()
        self.c.translate(self.W, 0)
        self.c.rotate(90)
        self.rotated = True

    def end_rotated(self):
        self.c.restoreState()
        self.rotated = False

    def region(self, x0, top, x1, bottom):
        """Page rectangle (x0, top, x1, bottom) of a frame rectangle."""
        if self.rotated:
            return (top, self.H - x1, bottom, self.H - x0)
        return (x0, top, x1, bottom)

    @property
    def fw(self):
        return self.H if self.rotated else self.W

    @property
    def fh(self):
        return self.W if self.rotated else self.H

    def new_page(self):
        if self.producer == "reportlab":
            self.c.showPage()
        else:
            self.p.add_page()
        self.page += 1

    def finish(self) -> bytes:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
            return self.buf.getvalue()
        return bytes(self.p.output())


# -------------------------------------------------------------------------------------------------- truth

@dataclass
class Fmt:
    """How a layout prints values: the self-check derives the strings it looks for from these."""
    money: object = m_plain
    date: object = None  # date -> str
    units: object = None  # Decimal -> str
    adj: object = None  # (group, reason) -> str
    page_of: bool = False  # prints "Page n of N"


@dataclass
class LineRec:
    truth: dict
    svc: Svc
    page: int
    rects: list
    rules: tuple = ()  # arithmetic the layout prints: "adj", "share", "owes", "custom"
    custom: object = None  # callable(svc) -> bool


@dataclass
class Collector:
    fmt: Fmt
    lines: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    totals_rects: dict = field(default_factory=dict)  # claim index -> (page, rect, printed fields)
    findings: list = field(default_factory=list)
    mismatch: dict = field(default_factory=dict)  # claim index -> field

    def line(self, doc: Doc, s: Svc, cl: dict, printed, rects, *, units=True, modifiers=True, adjustments=None,
             remarks=None, rules=(), custom=None, service_end=None, overrides=None):
        t = truth_line(doc.page, s, claim_id=cl.get("acct"), payer_claim_id=cl.get("icn"),
                       patient=cl.get("patient"), printed=tuple(printed), units=units, modifiers=modifiers,
                       adjustments=adjustments or [], remarks=remarks or [], description=False,
                       service_end=service_end, overrides=overrides)
        self.lines.append(LineRec(t, s, doc.page, [doc.region(*r) for r in rects], tuple(rules), custom))

    def claim(self, cl: dict, totals: dict | None):
        self.claims.append({"claim_id": cl.get("acct"), "payer_claim_id": cl.get("icn"), "patient": cl.get("patient"),
                            "totals": totals or claim_totals()})
        return len(self.claims) - 1

    def totals_row(self, doc: Doc, idx: int, rect):
        self.totals_rects[idx] = (doc.page, doc.region(*rect))


def render(path: Path, producer: str, size, title: str, build) -> Collector:
    """build(doc, total_pages) -> Collector. Two passes so 'Page n of N' can be printed."""
    doc = Doc(producer, size, title)
    build(doc, None)
    n = doc.page
    doc = Doc(producer, size, title)
    col = build(doc, n)
    data = doc.finish()
    assert doc.page == n, (path, doc.page, n)
    path.write_bytes(data)
    col.pages = n
    return col


def save_truth(path: Path, layout: str, producer: str, col: Collector, description: str, legend):
    write_truth(path, layout, producer, col.pages, description, [r.truth for r in col.lines], col.claims,
                legend, col.findings)


# -------------------------------------------------------------------------------------------- self-check

def _region_text(chars, rect) -> str:
    x0, t0, x1, b0 = rect
    sel = [c for c in chars if x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= x1 + 0.5
           and t0 - 0.5 <= (c["top"] + c["bottom"]) / 2 <= b0 + 0.5]
    if not sel:
        return ""
    up = sum(1 for c in sel if c.get("upright", True)) >= len(sel) / 2
    if up:
        keyl = lambda c: (c["top"] + c["bottom"]) / 2  # noqa: E731
        keyr = lambda c: c["x0"]  # noqa: E731
    else:
        keyl = lambda c: (c["x0"] + c["x1"]) / 2  # noqa: E731
        keyr = lambda c: -c["bottom"]  # noqa: E731
    sel.sort(key=keyl)
    rows, cur, last = [], [], None
    for c in sel:
        k = keyl(c)
        if last is not None and abs(k - last) > 2.0:
            rows.append(cur)
            cur = []
        cur.append(c)
        last = k
    rows.append(cur)
    out = []
    for r in rows:
        r.sort(key=keyr)
        s, prev_end = "", None
        for c in r:
            start = c["x0"] if up else -c["bottom"]
            end = c["x1"] if up else -c["top"]
            if prev_end is not None and start - prev_end > 1.2:
                s += " "
            s += c["text"]
            prev_end = end
        out.append(re.sub(r"\s+", " ", s.replace("\xa0", " ")))
    return "\n".join(out)


def _has(text: str, token: str, num: bool = False) -> bool:
    e = re.escape(token)
    if num:
        pat = r"(?<![\d.,])" + e + r"(?!\d|[.,]\d)"
    else:
        pat = r"(?<![A-Za-z0-9])" + e + r"(?![A-Za-z0-9])"
    return re.search(pat, text) is not None


def check(pdf_path: Path, col: Collector) -> list[str]:
    from datetime import date

    import pdfplumber
    errs = []
    fmt = col.fmt
    with pdfplumber.open(str(pdf_path)) as pdf:
        pages = [p.chars for p in pdf.pages]
        texts = [p.extract_text() or "" for p in pdf.pages]
        if len(pdf.pages) != col.pages:
            errs.append(f"page count {len(pdf.pages)} != {col.pages}")
    alltext = re.sub(r"\s+", " ", " ".join(texts))
    # chars of rotated pages as text too
    rot_text = " ".join(_region_text(ch, (0, 0, 10000, 10000)) for ch in pages).replace("\n", " ")
    alltext = alltext + " " + re.sub(r"\s+", " ", rot_text)
    if fmt.page_of:
        for i, t in enumerate(texts, 1):
            t2 = t + " " + _region_text(pages[i - 1], (0, 0, 10000, 10000))
            found = set(re.findall(r"Page (\d+) of (\d+)", t2))
            if (str(i), str(col.pages)) not in found or len(found) != 1:
                errs.append(f"p{i}: page footer {found}")
    for n, r in enumerate(col.lines):
        t = r.truth
        where = f"line {n + 1} ({t['code']} {t['service_date']} p{r.page})"
        txt = "\n".join(_region_text(pages[r.page - 1], rc) for rc in r.rects)
        if not txt:
            errs.append(f"{where}: empty region")
            continue
        if t["page"] != r.page:
            errs.append(f"{where}: page")
        if t["code"] and not _has(txt, t["code"]):
            errs.append(f"{where}: code missing in {txt!r}")
        for m in t["modifiers"]:
            if not _has(txt, m):
                errs.append(f"{where}: modifier {m} missing")
        if t["units"] is not None and not _has(txt, fmt.units(Decimal(t["units"])), num=True):
            errs.append(f"{where}: units {t['units']} missing in {txt!r}")
        if t["service_date"] and not _has(txt, fmt.date(date.fromisoformat(t["service_date"])), num=True):
            errs.append(f"{where}: date missing in {txt!r}")
        if t["service_end"] and not _has(txt, fmt.date(date.fromisoformat(t["service_end"])), num=True):
            errs.append(f"{where}: end date missing")
        for k in eobgen.AMOUNT_KEYS:
            if t[k] is not None and not _has(txt, fmt.money(Decimal(t[k])), num=True):
                errs.append(f"{where}: {k} {fmt.money(Decimal(t[k]))!r} missing in {txt!r}")
        for g, rc, a in t["adjustments"]:
            if not _has(txt, fmt.adj(g, rc)):
                errs.append(f"{where}: adjustment code {g}-{rc} missing in {txt!r}")
            if a is not None and not _has(txt, fmt.money(Decimal(a)), num=True):
                errs.append(f"{where}: adjustment amount {a} missing")
        for rm in t["remarks"]:
            if not _has(txt, rm):
                errs.append(f"{where}: remark {rm} missing")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if t[k] and t[k] not in alltext:
                errs.append(f"{where}: {k} {t[k]!r} not in document")
        # the document's own arithmetic
        s = r.svc
        if "adj" in r.rules:
            adj = sum((Decimal(a) for _, _, a in t["adjustments"]), ZERO)
            if Decimal(t["billed"]) - adj != Decimal(t["paid"]):
                errs.append(f"{where}: billed - adjustments != paid")
        if "share" in r.rules and s.allowed - s.deductible - s.copay - s.coinsurance - s.seq != s.paid:
            errs.append(f"{where}: allowed - patient share != paid")
        if "owes" in r.rules and s.deductible + s.copay + s.coinsurance + (s.not_covered if s.owes and s.denied
                                                                          else ZERO) != s.owes:
            errs.append(f"{where}: patient owes != its parts")
        if "disc" in r.rules and s.billed - s.discount - s.not_covered != s.allowed:
            errs.append(f"{where}: billed - discount - not covered != allowed")
        if r.custom and not r.custom(s):
            errs.append(f"{where}: layout arithmetic fails")
    # claim totals
    for i, c in enumerate(col.claims):
        tot = c["totals"]
        mine = [r.truth for r in col.lines if (r.truth["claim_id"], r.truth["payer_claim_id"], r.truth["patient"])
                == (c["claim_id"], c["payer_claim_id"], c["patient"])]
        if not mine:
            errs.append(f"claim {i}: no lines")
        printed = [k for k, v in tot.items() if v is not None]
        for k in printed:
            ssum = sum((Decimal(x[k]) for x in mine if x[k] is not None), ZERO)
            if col.mismatch.get(i) == k:
                if ssum == Decimal(tot[k]):
                    errs.append(f"claim {i}: planted mismatch {k} does not differ")
            elif ssum != Decimal(tot[k]):
                errs.append(f"claim {i}: total {k} {tot[k]} != lines {ssum}")
        if printed:
            if i not in col.totals_rects:
                errs.append(f"claim {i}: totals printed but no totals row")
                continue
            pg, rc = col.totals_rects[i]
            txt = _region_text(pages[pg - 1], rc)
            for k in printed:
                if not _has(txt, fmt.money(Decimal(tot[k])), num=True):
                    errs.append(f"claim {i}: total {k} {tot[k]} not in totals row {txt!r}")
    if col.mismatch and len(col.findings) != len(col.mismatch):
        errs.append("planted mismatch without a declared finding")
    return errs
