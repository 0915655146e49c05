"""Drawing backends (reportlab / fpdf2 behind one small API), a truth collector and the --check reader for
bench/heldout12/make_heldout12_pdfs.py. Coordinates are points, y measured DOWN from the top of the page
(text y = baseline), so the same layout code can be drawn by either producer and the row bands recorded for
--check are in pdfplumber's coordinates."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples" / "pdf"))
import eobgen  # noqa: E402
from eobgen import FIXED_WHEN  # noqa: E402

TTF = {
    "LiberationSans": "liberation/LiberationSans-{R}.ttf",
    "LiberationSerif": "liberation/LiberationSerif-{R}.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-{R}.ttf",
    "LiberationMono": "liberation/LiberationMono-{R}.ttf",
    "DejaVuSans": "dejavu/DejaVuSans{D}.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed{D}.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif{D}.ttf",
    "DejaVuSansMono": "dejavu/DejaVuSansMono{D}.ttf",
}
CORE_RL = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}
FONTDIR = Path("/usr/share/fonts/truetype")


def ttf_path(fam: str, bold: bool) -> Path | None:
    pat = TTF.get(fam)
    if not pat:
        return None
    p = FONTDIR / pat.format(R="Bold" if bold else "Regular", D="-Bold" if bold else "")
    return p if p.exists() else None


class Canvas:
    """One document. backend 'rl' (reportlab) or 'fpdf' (fpdf2). fam: a TTF family key or a core font."""

    def __init__(self, backend: str, path: Path, fam: str, size=(612.0, 792.0)):
        self.backend, self.path, self.W, self.H = backend, path, size[0], size[1]
        self.page = 1
        self.fams: dict[str, tuple[str, str]] = {}
        if backend == "rl":
            from reportlab.pdfgen import canvas as rlc

            self.c = rlc.Canvas(str(path), pagesize=size, invariant=1)
            self.c.setTitle(path.stem.replace("_", " "))
        else:
            from fpdf import FPDF

            self.c = FPDF(unit="pt", format=(size[0], size[1]))
            self.c.set_creation_date(FIXED_WHEN)
            self.c.set_auto_page_break(False)
            self.c.set_margins(0, 0, 0)
            self.c.add_page()
        self.fam = self.register(fam)
        self.setfont(fam, 9)

    def register(self, fam: str) -> str:
        if fam in self.fams:
            return fam
        r, b = ttf_path(fam, False), ttf_path(fam, True)
        if self.backend == "rl":
            if r:
                from reportlab.pdfbase import pdfmetrics
                from reportlab.pdfbase.ttfonts import TTFont

                pdfmetrics.registerFont(TTFont(fam, str(r)))
                pdfmetrics.registerFont(TTFont(fam + "-B", str(b or r)))
                self.fams[fam] = (fam, fam + "-B")
            else:
                self.fams[fam] = CORE_RL.get(fam, CORE_RL["Helvetica"])
        else:
            if r:
                self.c.add_font(fam, "", str(r))
                self.c.add_font(fam, "B", str(b or r))
                self.fams[fam] = (fam, fam)
            else:
                core = {"Helvetica": "helvetica", "Times": "times", "Courier": "courier"}.get(fam, "helvetica")
                self.fams[fam] = (core, core)
        return fam

    def setfont(self, fam: str | None = None, size: float = 9, bold: bool = False) -> None:
        fam = self.register(fam or self.fam)
        self.cur = (fam, size, bold)
        name = self.fams[fam][1 if bold else 0]
        if self.backend == "rl":
            self.c.setFont(name, size)
        else:
            self.c.set_font(name, "B" if bold else "", size)

    def f(self, size: float = 9, bold: bool = False, fam: str | None = None) -> "Canvas":
        self.setfont(fam or self.cur[0], size, bold)
        return self

    def width(self, s: str) -> float:
        if self.backend == "rl":
            from reportlab.pdfbase.pdfmetrics import stringWidth

            fam, size, bold = self.cur
            return stringWidth(s, self.fams[fam][1 if bold else 0], size)
        return self.c.get_string_width(s)

    def t(self, x: float, y: float, s: str, align: str = "l", gray: float = 0.0) -> None:
        if not s:
            return
        w = self.width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.backend == "rl":
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            g = int(gray * 255)
            self.c.set_text_color(g, g, g)
            self.c.text(x, y, s)
            self.c.set_text_color(0, 0, 0)

    def hline(self, x1: float, x2: float, y: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.backend == "rl":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y, x2, self.H - y)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            self.c.set_line_width(w)
            self.c.line(x1, y, x2, y)
            self.c.set_draw_color(0, 0, 0)

    def vline(self, x: float, y1: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.backend == "rl":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x, self.H - y1, x, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            g = int(gray * 255)
            self.c.set_draw_color(g, g, g)
            self.c.set_line_width(w)
            self.c.line(x, y1, x, y2)
            self.c.set_draw_color(0, 0, 0)

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: float | None = None,
        stroke: bool = True,
        lw: float = 0.6,
        round_: float = 0,
    ) -> None:
        if self.backend == "rl":
            self.c.setLineWidth(lw)
            if fill is not None:
                self.c.setFillGray(fill)
            if round_:
                self.c.roundRect(x, self.H - y - h, w, h, round_, stroke=int(stroke), fill=int(fill is not None))
            else:
                self.c.rect(x, self.H - y - h, w, h, stroke=int(stroke), fill=int(fill is not None))
            self.c.setFillGray(0)
        else:
            self.c.set_line_width(lw)
            style = ("F" if fill is not None else "") + ("D" if stroke else "")
            if fill is not None:
                g = int(fill * 255)
                self.c.set_fill_color(g, g, g)
            if round_:
                self.c.rect(x, y, w, h, style=style or "D", round_corners=True, corner_radius=round_)
            else:
                self.c.rect(x, y, w, h, style=style or "D")
            self.c.set_fill_color(255, 255, 255)

    def newpage(self) -> None:
        if self.backend == "rl":
            self.c.showPage()
        else:
            self.c.add_page()
        self.page += 1
        self.setfont(*self.cur)

    def wrap(self, s: str, maxw: float) -> list[str]:
        out, cur = [], ""
        for word in s.split():
            trial = (cur + " " + word).strip()
            if self.width(trial) <= maxw or not cur:
                cur = trial
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def save(self) -> int:
        if self.backend == "rl":
            self.c.showPage()
            self.c.save()
        else:
            self.c.output(str(self.path))
        return self.page


def band(cv: Canvas, y_first: float, y_last: float | None = None, size: float = 9) -> tuple[int, float, float]:
    """The vertical band of a printed row whose text baselines run from y_first to y_last."""
    y_last = y_first if y_last is None else y_last
    return (cv.page, y_first - size * 1.15, y_last + size * 0.45)


@dataclass
class Doc:
    name: str
    layout: str
    producer: str
    description: str
    lines: list = field(default_factory=list)
    bands: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    claim_bands: list = field(default_factory=list)
    legend: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    planted: set = field(default_factory=set)  # payer_claim_ids (or claim_ids) with a planted total mismatch
    rules: set = field(default_factory=set)  # arithmetic the layout prints: bda adcc adj owes
    pages: int = 0

    def line(self, s: eobgen.Svc, bands, *, cid, pcid, pat, printed, **kw) -> dict:
        row = eobgen.truth_line(bands[0][0], s, claim_id=cid, payer_claim_id=pcid, patient=pat, printed=printed, **kw)
        self.lines.append(row)
        self.bands.append(list(bands))
        return row

    def claim(self, cid, pcid, pat, totals: dict, bands=()) -> None:
        self.claims.append({"claim_id": cid, "payer_claim_id": pcid, "patient": pat, "totals": totals})
        self.claim_bands.append(list(bands))

    def write(self, out: Path) -> None:
        eobgen.write_truth(
            out / self.name,
            self.layout,
            self.producer,
            self.pages,
            self.description,
            self.lines,
            self.claims,
            self.legend,
            self.findings,
        )


# ------------------------------------------------------------------------------------------------ check

MONEY_RE = re.compile(r"(?<![\w/.])(\(?)(-?)\$?\s?(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})(\)?)(-|CR)?(?![\d/])")


def monies(text: str) -> list[Decimal]:
    out = []
    for m in MONEY_RE.finditer(text):
        v = Decimal(m.group(3).replace(",", "") + "." + m.group(4))
        if m.group(1) and m.group(5) or m.group(2) or m.group(6):
            v = -v
        out.append(v)
    return out


def date_forms(d: date) -> list[str]:
    forms = {eobgen.dfmt(d, s) for s in ("mdy2", "mdy4", "mdy6", "mon", "month", "mdyn", "iso")}
    forms |= {
        f"{d.month}/{d.day}/{d:%y}",
        d.strftime("%m-%d-%Y"),
        d.strftime("%m-%d-%y"),
        f"{d:%b} {d.day:02d}, {d.year}",
        f"{d:%b}. {d.day}, {d.year}",
        d.strftime("%d %b %Y").lstrip("0"),
        f"{d:%a}, {d:%b} {d.day}, {d.year}",
    }
    return sorted(forms, key=len, reverse=True)


def _words(text: str) -> set[str]:
    return {w.strip("(),;:[]*") for w in text.split()}


def check(out: Path, docs: list[Doc]) -> list[str]:
    import pdfplumber

    errs: list[str] = []
    for d in docs:
        pdf = out / d.name
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != d.pages:
                errs.append(f"{d.name}: {len(p.pages)} pages, truth says {d.pages}")
            full = " ".join((pg.extract_text() or "") for pg in p.pages)
            fulln = " ".join(full.split())

            def bandtext(bands):
                parts = []
                for pg, top, bot in bands:
                    page = p.pages[pg - 1]
                    parts.append(
                        page.within_bbox((0, max(0, top), page.width, min(page.height, bot))).extract_text() or ""
                    )
                return "\n".join(parts)

            for row, bands in zip(d.lines, d.bands):
                tag = f"{d.name} p{row['page']} {row['code']} {row['service_date']}"
                txt = bandtext(bands)
                flat = " ".join(txt.split())
                ws = _words(txt)
                ms = monies(txt)
                glued = (row["code"] or "") + "".join(row["modifiers"])
                glued_ok = bool(row["modifiers"]) and re.search(r"(?<![0-9A-Z])" + glued + r"(?![0-9A-Z])", flat)
                if row["code"] and not glued_ok and not re.search(r"(?<![0-9A-Z])" + row["code"] + r"(?![0-9])", flat):
                    errs.append(f"{tag}: code not in its row: {flat!r}")
                for m in row["modifiers"]:
                    if not glued_ok and not re.search(r"(?<![A-Z0-9])" + m + r"(?![A-Z0-9])", flat):
                        errs.append(f"{tag}: modifier {m} not in row")
                if row["units"] is not None:
                    u = Decimal(row["units"])
                    if not any(re.fullmatch(r"\d+(\.\d+)?", w) and Decimal(w) == u for w in ws) and not re.search(
                        r"(?<![\d.])" + re.escape(row["units"]) + r"(\.0+)?\s*(units?|visits?|x)\b", flat, re.I
                    ):
                        errs.append(f"{tag}: units {row['units']} not in row")
                for k in eobgen.AMOUNT_KEYS:
                    if row[k] is not None and Decimal(row[k]) not in ms:
                        errs.append(f"{tag}: {k} {row[k]} not in row: {flat!r}")
                for key in ("service_date", "service_end"):
                    if row[key] and not any(f in flat for f in date_forms(date.fromisoformat(row[key]))):
                        errs.append(f"{tag}: {key} not in row")
                for g, r, a in row["adjustments"]:
                    if not re.search(rf"{g}\s?-?\s?{r}(?!\d)", flat):
                        errs.append(f"{tag}: adjustment {g}-{r} not in row")
                    if a is not None and Decimal(a) not in ms:
                        errs.append(f"{tag}: adjustment amount {a} not in row")
                for rm in row["remarks"]:
                    if rm not in ws and not re.search(r"(?<![A-Z0-9])" + re.escape(rm) + r"(?![A-Z0-9])", flat):
                        errs.append(f"{tag}: remark {rm} not in row")
                if row["description"] and not all(w in flat.split() for w in row["description"].split()):
                    errs.append(f"{tag}: description not in row")
                for k in ("claim_id", "payer_claim_id", "patient"):
                    if row[k] and row[k] not in fulln:
                        errs.append(f"{tag}: {k} {row[k]!r} not in document")
                # the document's own arithmetic
                v = {k: (Decimal(row[k]) if row[k] is not None else None) for k in eobgen.AMOUNT_KEYS}
                if "bda" in d.rules and None not in (v["billed"], v["discount"], v["not_covered"], v["allowed"]):
                    if v["billed"] - v["discount"] - v["not_covered"] != v["allowed"]:
                        errs.append(f"{tag}: billed - discount - not covered != allowed")
                if "adcc" in d.rules and v["allowed"] is not None and v["paid"] is not None:
                    parts = sum((v[k] or 0) for k in ("deductible", "copay", "coinsurance"))
                    if v["allowed"] - parts != v["paid"]:
                        errs.append(f"{tag}: allowed - deductible - copay - coinsurance != paid")
                if "adj" in d.rules and row["adjustments"] and all(a is not None for *_, a in row["adjustments"]):
                    if v["billed"] - sum(Decimal(a) for *_, a in row["adjustments"]) != v["paid"]:
                        errs.append(f"{tag}: billed - adjustments != paid")
                if "wo" in d.rules and None not in (v["billed"], v["discount"], v["paid"], v["patient_owes"]):
                    if v["billed"] - v["discount"] - v["paid"] - v["patient_owes"] != 0:
                        errs.append(f"{tag}: charge - write-off - insurance paid - patient balance != 0")
                if "owes" in d.rules and v["patient_owes"] is not None:
                    parts = sum((v[k] or 0) for k in ("deductible", "copay", "coinsurance"))
                    nc = v["not_covered"] or 0
                    if v["patient_owes"] not in (parts, parts + nc):
                        errs.append(f"{tag}: patient owes != its parts")
            for c, bands in zip(d.claims, d.claim_bands):
                key = c["payer_claim_id"] or c["claim_id"]
                mine = [
                    r
                    for r in d.lines
                    if (r["payer_claim_id"], r["claim_id"], r["patient"])
                    == (c["payer_claim_id"], c["claim_id"], c["patient"])
                ]
                if not mine:
                    errs.append(f"{d.name}: claim {key} has no lines")
                txt = bandtext(bands) if bands else full
                ms = monies(txt)
                for k, tv in c["totals"].items():
                    if tv is None:
                        continue
                    if Decimal(tv) not in ms:
                        errs.append(f"{d.name}: claim {key} total {k} {tv} not printed where recorded")
                    s = sum((Decimal(r[k]) for r in mine if r[k] is not None), Decimal("0.00"))
                    if s != Decimal(tv) and key not in d.planted:
                        errs.append(f"{d.name}: claim {key} {k} total {tv} != lines {s}")
                    if key in d.planted and s != Decimal(tv):
                        if not any(key in f for f in d.findings):
                            errs.append(f"{d.name}: planted mismatch on {key} not declared")
                if key in d.planted and all(
                    tv is None or sum((Decimal(r[k]) for r in mine if r[k] is not None), Decimal("0.00")) == Decimal(tv)
                    for k, tv in c["totals"].items()
                ):
                    errs.append(f"{d.name}: planted mismatch on {key} is not a mismatch")
    return errs
