"""Drawing and self-check helpers for bench/heldout49/make_heldout49_pdfs.py (see its docstring).

A layout draws onto ``Doc`` (top-left origin, points); ``Doc.render`` writes the same page operations with
reportlab or fpdf2. ``Doc.svc`` records one printed service line: its truth row plus the printed text rows
that must each appear as one text line of that page, which is what ``check_pdf`` verifies.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

FONTDIR = "/usr/share/fonts/truetype/"
TTF = {
    "dvs": "dejavu/DejaVuSans.ttf", "dvsB": "dejavu/DejaVuSans-Bold.ttf",
    "dvc": "dejavu/DejaVuSansCondensed.ttf", "dvcB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvserif": "dejavu/DejaVuSerif.ttf", "dvserifB": "dejavu/DejaVuSerif-Bold.ttf",
    "dvmono": "dejavu/DejaVuSansMono.ttf", "dvmonoB": "dejavu/DejaVuSansMono-Bold.ttf",
    "lsans": "liberation/LiberationSans-Regular.ttf", "lsansB": "liberation/LiberationSans-Bold.ttf",
    "lnar": "liberation/LiberationSansNarrow-Regular.ttf", "lnarB": "liberation/LiberationSansNarrow-Bold.ttf",
    "lserif": "liberation/LiberationSerif-Regular.ttf", "lserifB": "liberation/LiberationSerif-Bold.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf", "lmonoB": "liberation/LiberationMono-Bold.ttf",
}
CORE_FPDF = {"Helvetica": ("helvetica", ""), "Helvetica-Bold": ("helvetica", "B"), "Courier": ("courier", ""),
             "Courier-Bold": ("courier", "B"), "Times-Roman": ("times", ""), "Times-Bold": ("times", "B")}


class Doc:
    def __init__(self, landscape: bool = False, fonts: dict | None = None):
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.fonts = fonts or {"R": "Helvetica", "B": "Helvetica-Bold"}  # key -> ttf key or core name
        self.pages: list[list[tuple]] = []
        self.lines: list[dict] = []
        self.rows: list[tuple[int, list[list[str]], dict]] = []
        self.claims: list[dict] = []
        self._w = None

    # ------------------------------------------------------------------ drawing
    def new_page(self) -> int:
        self.pages.append([])
        return len(self.pages)

    @property
    def pno(self) -> int:
        return len(self.pages)

    def text(self, x, y, s, f="R", size=9.0, align="l", color=(0, 0, 0)):
        self.pages[-1].append(("t", x, y, str(s), f, size, align, color))

    def texts(self, y, cells, f="R", size=9.0):
        """cells: [(x, text, align)]; returns the printed strings (the row tokens)."""
        out = []
        for c in cells:
            x, s, al = c[0], c[1], (c[2] if len(c) > 2 else "l")
            if s in (None, ""):
                continue
            self.text(x, y, s, f, size, al)
            out.append(str(s))
        return out

    def hline(self, x1, x2, y, w=0.5, color=(0, 0, 0)):
        self.pages[-1].append(("l", x1, y, x2, y, w, color))

    def vline(self, x, y1, y2, w=0.5, color=(0, 0, 0)):
        self.pages[-1].append(("l", x, y1, x, y2, w, color))

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.5):
        self.pages[-1].append(("r", x, y, w, h, fill, stroke, lw))

    def width(self, s, f="R", size=9.0) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self._reg_rl()
        return stringWidth(s, self._rl_name(f), size)

    def wrap(self, s, maxw, f="R", size=9.0) -> list[str]:
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if cur and self.width(t, f, size) > maxw:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    # ------------------------------------------------------------------ truth
    def svc(self, truth: dict, rows: list[list[str]], date_str: str | None = None):
        """rows[0]: printed cells of the service's main text line (must carry the code); more rows for detail
        lines (adjustments, remarks) that must each sit on one text line of the same page."""
        truth = dict(truth)
        truth["page"] = self.pno
        self.lines.append(truth)
        self.rows.append((self.pno, rows, {"date": date_str}))

    def claim(self, claim_id, payer_claim_id, patient, totals):
        self.claims.append({"claim_id": claim_id, "payer_claim_id": payer_claim_id, "patient": patient,
                            "totals": totals})

    # ------------------------------------------------------------------ rendering
    def _rl_name(self, f):
        v = self.fonts[f]
        return ("H49" + v) if v in TTF else v

    def _reg_rl(self):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for v in self.fonts.values():
            if v in TTF and ("H49" + v) not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("H49" + v, FONTDIR + TTF[v]))

    def render(self, path: Path, producer: str, title: str):
        n = len(self.pages)
        pages = [[(op if op[0] != "t" else op[:3] + (op[3].replace("{N}", str(n)),) + op[4:]) for op in p]
                 for p in self.pages]
        if producer == "reportlab":
            self._render_rl(path, pages, title)
        else:
            self._render_fpdf(path, pages, title)

    def _render_rl(self, path, pages, title):
        from reportlab.pdfgen import canvas
        self._reg_rl()
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(title)
        c.setAuthor("eobreader heldout49")
        H = self.H
        for p in pages:
            for op in p:
                if op[0] == "t":
                    _, x, y, s, f, size, al, col = op
                    c.setFillColorRGB(*col)
                    c.setFont(self._rl_name(f), size)
                    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[al](x, H - y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, col = op
                    c.setStrokeColorRGB(*col)
                    c.setLineWidth(w)
                    c.line(x1, H - y1, x2, H - y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    c.setLineWidth(lw)
                    if fill:
                        c.setFillColorRGB(*fill)
                    if stroke:
                        c.setStrokeColorRGB(*stroke)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.showPage()
        c.save()

    def _render_fpdf(self, path, pages, title):
        from fpdf import FPDF

        from eobgen import FIXED_WHEN
        pdf = FPDF(orientation="L" if self.W > self.H else "P", unit="pt", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_WHEN)
        pdf.set_title(title)
        pdf.set_author("eobreader heldout49")
        fam = {}
        for k, v in self.fonts.items():
            if v in TTF:
                pdf.add_font("h49" + v.lower(), "", FONTDIR + TTF[v])
                fam[k] = ("h49" + v.lower(), "")
            else:
                fam[k] = CORE_FPDF[v]
        for p in pages:
            pdf.add_page()
            for op in p:
                if op[0] == "t":
                    _, x, y, s, f, size, al, col = op
                    pdf.set_font(fam[f][0], fam[f][1], size)
                    pdf.set_text_color(*[int(v * 255) for v in col])
                    w = pdf.get_string_width(s)
                    xx = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                    pdf.text(xx, y, s)
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w, col = op
                    pdf.set_draw_color(*[int(v * 255) for v in col])
                    pdf.set_line_width(w)
                    pdf.line(x1, y1, x2, y2)
                else:
                    _, x, y, w, h, fill, stroke, lw = op
                    pdf.set_line_width(lw)
                    style = ""
                    if fill:
                        pdf.set_fill_color(*[int(v * 255) for v in fill])
                        style += "F"
                    if stroke:
                        pdf.set_draw_color(*[int(v * 255) for v in stroke])
                        style = "D" if not style else "DF"
                    pdf.rect(x, y, w, h, style=style)
        pdf.output(str(path))


# ---------------------------------------------------------------------------------------------- check

def _num(tok: str):
    t = tok.strip().replace("$", "").replace(",", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        t, neg = t[1:-1], True
    if t.endswith("-") or t.endswith("CR"):
        t, neg = t.rstrip("-").removesuffix("CR"), True
    if t.startswith("-"):
        t, neg = t[1:], True
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    return -d if neg else d


def _page_lines(page) -> list[str]:
    words = page.extract_words(keep_blank_chars=False, x_tolerance=1.5, use_text_flow=False)
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 0), w["x0"])):
        for r in rows:
            if abs(r[0] - w["bottom"]) <= 2.0:
                r[1].append(w)
                break
        else:
            rows.append([w["bottom"], [w]])
    return [" ".join(x["text"] for x in sorted(r[1], key=lambda w: w["x0"])) for r in rows]


def check_pdf(pdf_path: Path, doc: Doc, adj_complete: bool, findings_claims: set) -> list[str]:
    import pdfplumber
    errs = []
    truth = json.loads(Path(str(pdf_path) + ".truth.json").read_text())
    with pdfplumber.open(str(pdf_path)) as pdf:
        if len(pdf.pages) != truth["pages"]:
            errs.append(f"page count {len(pdf.pages)} != {truth['pages']}")
        plines = [_page_lines(p) for p in pdf.pages]
    ptext = [" " + " ".join(ls) + " " for ls in plines]
    alltext = " ".join(ptext)
    norm = lambda s: " ".join(s.split())  # noqa: E731
    for (pno, rows, extra), t in zip(doc.rows, truth["lines"], strict=True):
        tag = f"{pdf_path.name} p{pno} {t['code']} {t['service_date']}"
        if t["page"] != pno:
            errs.append(f"{tag}: page mismatch")
        for r in rows:
            want = " " + " ".join(" ".join(c.split()) for c in r) + " "
            if not any(want in " " + ln + " " for ln in plines[pno - 1]):
                # cells need only appear in order on one line
                ok = False
                for ln in plines[pno - 1]:
                    pos, good = 0, True
                    L = " " + ln + " "
                    for c in r:
                        i = L.find(" " + norm(c) + " ", pos)
                        if i < 0:
                            good = False
                            break
                        pos = i + len(c)
                    if good:
                        ok = True
                        break
                if not ok:
                    errs.append(f"{tag}: row not on one text line: {r}")
        flat = [c for r in rows for c in r]
        rowtxt = " " + " ".join(flat) + " "
        nums = [_num(c) for c in flat] + [_num(w) for c in flat for w in c.split()]
        if t["code"] and t["code"] not in " ".join(rows[0]):
            errs.append(f"{tag}: code not on main row")
        for m in t["modifiers"]:
            if m not in " ".join(rows[0]):
                errs.append(f"{tag}: modifier {m} not on main row")
        if t["units"] is not None and Decimal(t["units"]) not in [n for n in (_num(c) for c in rows[0]) if n is not None]:
            errs.append(f"{tag}: units {t['units']} not on main row")
        for k in ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered",
                  "discount"):
            if t[k] is not None and Decimal(t[k]) not in nums:
                errs.append(f"{tag}: {k} {t[k]} not printed on its rows")
        for g, rc, a in t["adjustments"]:
            if rc not in rowtxt or (a is not None and Decimal(a) not in nums):
                errs.append(f"{tag}: adjustment {g} {rc} {a} not on its rows")
        for rm in t["remarks"]:
            if rm not in rowtxt:
                errs.append(f"{tag}: remark {rm} not on its rows")
        ds = extra["date"]
        if ds is None or (ds not in ptext[pno - 1]):
            errs.append(f"{tag}: date {ds!r} not on page")
        for k in ("claim_id", "payer_claim_id", "patient"):
            if t[k] is not None and norm(t[k]) not in alltext:
                errs.append(f"{tag}: {k} {t[k]} not printed in the document")
        # arithmetic of the line
        if adj_complete and t["billed"] is not None and t["paid"] is not None and t["adjustments"]:
            s = Decimal(t["billed"]) - sum(Decimal(a) for _, _, a in t["adjustments"])
            if s != Decimal(t["paid"]):
                errs.append(f"{tag}: billed - adjustments {s} != paid {t['paid']}")
        if None not in (t["allowed"], t["paid"]) and any(t[k] is not None for k in ("deductible", "copay", "coinsurance")):
            s = Decimal(t["allowed"]) - sum(Decimal(t[k] or 0) for k in ("deductible", "copay", "coinsurance"))
            s -= sum(Decimal(a) for _, rc, a in t["adjustments"] if rc == "253" and a is not None)
            if s != Decimal(t["paid"]):
                errs.append(f"{tag}: allowed - member share {s} != paid {t['paid']}")
    spans = {}
    for t in truth["lines"]:
        spans.setdefault((t["claim_id"], t["payer_claim_id"], t["patient"]), set()).add(t["page"])
    doc.spanning = sum(1 for v in spans.values() if len(v) > 1)
    # claims: totals printed, and lines add up
    for c in truth["claims"]:
        key = (c["claim_id"], c["payer_claim_id"], c["patient"])
        ls = [t for t in truth["lines"] if (t["claim_id"], t["payer_claim_id"], t["patient"]) == key]
        if not ls:
            errs.append(f"claim {key} has no lines")
        for k, v in c["totals"].items():
            if v is None:
                continue
            if not any(_num(tok) == Decimal(v) for tok in alltext.split()):
                errs.append(f"claim {key} total {k} {v} not printed")
            s = sum(Decimal(t[k]) for t in ls if t[k] is not None)
            planted = (c["payer_claim_id"] or c["claim_id"], k) in findings_claims
            if (s != Decimal(v)) != planted:
                errs.append(f"claim {key} {k}: lines {s} vs printed {v} (planted={planted})")
    return errs
