"""Write the FOURTH held-out set of synthetic PDF EOB layouts (with truth files) into a folder: a fresh, honest
measurement of the PDF reader on document kinds nobody developing it has seen. (bench/heldout/, heldout2/ and
heldout3/ came earlier and may have been looked at while the reader was developed.)

Run:  python bench/heldout4/make_heldout4_pdfs.py [OUT_DIR]           (default: a new temp folder, printed)
      python bench/heldout4/make_heldout4_pdfs.py OUT_DIR --check     (also self-check the written files)
Then: python bench/pdf_accuracy.py --folder OUT_DIR

Refuses to write under samples/. Never commit the PDFs this writes: the reader must not be tuned on them.
Truth format: the one of samples/pdf (see samples/pdf/eobgen.py), printed values only, null for what a layout
does not print; claim_id = the provider's own account / claim / patient-control / visit number, payer_claim_id =
the payer's claim number / ICN / reference, patient exactly as printed.
Every name, number, payer, provider, address and ID is invented; descriptions are our own words.
Deterministic output (reportlab invariant=1, fpdf2 fixed creation date, no randomness).

Layouts (everyday kinds not in the dev samples nor in the three earlier held-out sets):
  p1  member EOB: "Claim Summary" table on page 1, then "Claim Details" per claim (reportlab)
  p2  member EOB with the column order Amount billed / Network discount / Allowed amount / Deductible / Copay /
      Coinsurance / Plan paid / You owe, year-to-date box; PLANTED claim-total mismatch (fpdf2)
  p3  Medicare Part B remittance advice from a MAC portal (proportional font, stacked adjustments in one cell,
      From/Thru columns, provider-level adjustments) (reportlab)
  p4  therapy clinic superbill / statement for reimbursement with ICD-10 list, minutes, insurance payments (fpdf2)
  p5  dental-carrier EOB covering TMJ therapy (D-codes, tooth column, "% covered", medical codes) (reportlab)
  p6  TPA self-funded plan EOB, landscape grid with VERTICAL (rotated) column headers, reversal lines (reportlab)
  p7  member EOB where each claim is followed by a "Your share" explanation paragraph (fpdf2)
  p8  secondary-insurance (coordination of benefits) EOB with an adjustments sub-row under each line (reportlab)
  p9  HDHP employer-plan EOB with a "Paid from your account" (HSA/FSA) column (fpdf2)
  p10 pediatric therapy network family statement: one row per service with child, therapist, discipline,
      status; pending lines; per-child subtotals; header repeated on page 2 (fpdf2)
  p11 commercial provider remittance with ONE ROW PER ADJUSTMENT (first row carries the amounts, later rows only
      group / reason / amount), MMDDYY dates, a reversal in parentheses (reportlab)

The self-check (--check) tests the factory, not the reader: every truth amount, code, modifier, units value,
remark, date, id and patient is in its page's (or, for ids of a continued claim, the document's) text layer,
the page count matches, and the documents' own arithmetic holds (billed - discount - not covered = allowed;
allowed - patient share - other payer / account / sequestration = paid; billed - adjustments = paid; claim totals
= sum of lines unless the mismatch is a planted expected finding, and the planted mismatch really is one).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "pdf"))
sys.path.insert(0, str(ROOT / "src"))

import eobgen  # noqa: E402
from eobgen import (  # noqa: E402
    FIXED_WHEN,
    ZERO,
    PlanState,
    Svc,
    claim_totals,
    commercial,
    dfmt,
    medicare,
    money,
    negate,
    q,
    total,
    truth_line,
    units_str,
    write_truth,
)
from fpdf import FPDF  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

D = date

# Codes some layouts need beyond eobgen's charge master (invented fees; our own short wording).
eobgen.FEE.update(
    {
        "D0140": "95.00",
        "D0330": "140.00",
        "D9130": "120.00",
        "D7880": "950.00",
        "97035": "55.00",
        "92610": "210.00",
        "97018": "40.00",
    }
)
eobgen.SCHED.update(
    {
        "D0140": "62.00",
        "D0330": "88.00",
        "D9130": "74.00",
        "D7880": "610.00",
        "97035": "14.61",
        "92610": "96.14",
        "97018": "6.12",
    }
)
eobgen.DESC.update(
    {
        "D0140": "Limited oral evaluation, problem focused",
        "D0330": "Panoramic x-ray image",
        "D9130": "Jaw joint (TMJ) therapy, non-invasive",
        "D7880": "Occlusal orthotic device (splint)",
        "97035": "Ultrasound therapy",
        "92610": "Swallowing function evaluation",
        "97018": "Paraffin bath",
    }
)

# ============================================================================================ drawing

_RL_FONTS = {
    ("sans", ""): "Helvetica",
    ("sans", "B"): "Helvetica-Bold",
    ("sans", "I"): "Helvetica-Oblique",
    ("serif", ""): "Times-Roman",
    ("serif", "B"): "Times-Bold",
    ("serif", "I"): "Times-Italic",
    ("mono", ""): "Courier",
    ("mono", "B"): "Courier-Bold",
    ("mono", "I"): "Courier-Oblique",
}
_FP_FONTS = {"sans": "helvetica", "serif": "times", "mono": "courier"}


class Doc:
    """A tiny drawing surface over reportlab or fpdf2, in points, y measured from the TOP (text y = baseline)."""

    def __init__(self, producer: str, target, landscape: bool = False) -> None:
        self.producer = producer
        self.target = target
        self.W, self.H = (792.0, 612.0) if landscape else (612.0, 792.0)
        self.page = 0
        if producer == "reportlab":
            self.c = rl_canvas.Canvas(target, pagesize=(self.W, self.H), invariant=1)
        else:
            self.f = FPDF(orientation="L" if landscape else "P", unit="pt", format="letter")
            self.f.set_creation_date(FIXED_WHEN)
            self.f.set_auto_page_break(False)
            self.f.set_margins(0, 0, 0)

    # pages
    def new_page(self) -> None:
        if self.producer == "reportlab":
            if self.page:
                self.c.showPage()
        else:
            self.f.add_page()
        self.page += 1

    def save(self) -> None:
        if self.producer == "reportlab":
            self.c.showPage()
            self.c.save()
        else:
            data = self.f.output()
            if isinstance(self.target, io.BytesIO):
                self.target.write(data)
            else:
                Path(self.target).write_bytes(data)

    # text
    def width(self, s: str, size: float, fam: str = "sans", style: str = "") -> float:
        if self.producer == "reportlab":
            return stringWidth(s, _RL_FONTS[(fam, style)], size)
        self.f.set_font(_FP_FONTS[fam], style, size)
        return self.f.get_string_width(s)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 8,
        fam: str = "sans",
        style: str = "",
        align: str = "l",
        gray: float = 0.0,
    ) -> None:
        if not s:
            return
        w = self.width(s, size, fam, style)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.producer == "reportlab":
            self.c.setFont(_RL_FONTS[(fam, style)], size)
            self.c.setFillGray(gray)
            self.c.drawString(x, self.H - y, s)
            self.c.setFillGray(0)
        else:
            self.f.set_font(_FP_FONTS[fam], style, size)
            g = int(round(gray * 255))
            self.f.set_text_color(g, g, g)
            self.f.text(x, y, s)
            self.f.set_text_color(0, 0, 0)

    def vtext(self, x: float, y: float, s: str, size: float = 7, fam: str = "sans", style: str = "") -> None:
        """Text rotated 90 degrees (reads bottom to top), starting at (x, y)."""
        if self.producer == "reportlab":
            self.c.saveState()
            self.c.setFont(_RL_FONTS[(fam, style)], size)
            self.c.translate(x, self.H - y)
            self.c.rotate(90)
            self.c.drawString(0, 0, s)
            self.c.restoreState()
        else:
            self.f.set_font(_FP_FONTS[fam], style, size)
            with self.f.rotation(90, x, y):
                self.f.text(x, y, s)

    def wrap(self, s: str, width: float, size: float, fam: str = "sans", style: str = "") -> list[str]:
        out: list[str] = []
        cur = ""
        for w in s.split():
            t = (cur + " " + w).strip()
            if cur and self.width(t, size, fam, style) > width:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 8,
        fam: str = "sans",
        style: str = "",
        lead: float | None = None,
    ) -> float:
        lead = lead or size * 1.3
        for ln in self.wrap(s, width, size, fam, style):
            self.text(x, y, ln, size, fam, style)
            y += lead
        return y

    # graphics
    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0.0) -> None:
        if self.producer == "reportlab":
            self.c.setLineWidth(w)
            self.c.setStrokeGray(gray)
            self.c.line(x1, self.H - y1, x2, self.H - y2)
            self.c.setStrokeGray(0)
        else:
            self.f.set_line_width(w)
            g = int(round(gray * 255))
            self.f.set_draw_color(g, g, g)
            self.f.line(x1, y1, x2, y2)
            self.f.set_draw_color(0, 0, 0)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: float | None = None,
        stroke: bool = True,
        lw: float = 0.5,
        rgb: tuple[float, float, float] | None = None,
    ) -> None:
        """(x, y) is the top-left corner. fill: a gray level, or rgb."""
        if self.producer == "reportlab":
            self.c.setLineWidth(lw)
            if rgb:
                self.c.setFillColorRGB(*rgb)
            elif fill is not None:
                self.c.setFillGray(fill)
            self.c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if (fill is not None or rgb) else 0)
            self.c.setFillGray(0)
        else:
            self.f.set_line_width(lw)
            if rgb:
                self.f.set_fill_color(*(int(v * 255) for v in rgb))
            elif fill is not None:
                g = int(round(fill * 255))
                self.f.set_fill_color(g, g, g)
            style = ("D" if stroke else "") + ("F" if (fill is not None or rgb) else "")
            self.f.rect(x, y, w, h, style=style or "D")


@dataclass
class Col:
    head: str  # "\n" separates header lines
    w: float
    align: str = "l"


def col_x(x0: float, cols: list[Col]) -> list[float]:
    xs, x = [], x0
    for c in cols:
        xs.append(x)
        x += c.w
    return xs


def draw_cells(
    doc: Doc,
    x0: float,
    cols: list[Col],
    y: float,
    vals: list[str],
    size: float = 7,
    fam: str = "sans",
    style: str = "",
    pad: float = 2.0,
    gray: float = 0.0,
) -> None:
    for xc, c, v in zip(col_x(x0, cols), cols, vals, strict=True):
        if not v:
            continue
        if c.align == "r":
            doc.text(xc + c.w - pad, y, v, size, fam, style, "r", gray)
        elif c.align == "c":
            doc.text(xc + c.w / 2, y, v, size, fam, style, "c", gray)
        else:
            doc.text(xc + pad, y, v, size, fam, style, "l", gray)


def draw_head(
    doc: Doc,
    x0: float,
    cols: list[Col],
    y: float,
    size: float = 7,
    fam: str = "sans",
    style: str = "B",
    lead: float | None = None,
    bottom: bool = True,
) -> float:
    """Header labels over several lines, bottom-aligned; returns the y of the last header line."""
    lead = lead or size + 1.5
    n = max(len(c.head.split("\n")) for c in cols)
    for xc, c in zip(col_x(x0, cols), cols, strict=True):
        parts = c.head.split("\n")
        for i, p in enumerate(parts):
            yy = y + (n - len(parts) + i) * lead
            if c.align == "r":
                doc.text(xc + c.w - 2, yy, p, size, fam, style, "r")
            elif c.align == "c":
                doc.text(xc + c.w / 2, yy, p, size, fam, style, "c")
            else:
                doc.text(xc + 2, yy, p, size, fam, style)
    return y + (n - 1) * lead


@dataclass
class Claim:
    claim_id: str | None
    payer_claim_id: str | None
    patient: str
    provider: str
    svcs: list[Svc]
    extra: dict = field(default_factory=dict)


class Truth:
    def __init__(self) -> None:
        self.lines: list[dict] = []
        self.claims: list[dict] = []

    def line(self, page: int, s: Svc, cl: Claim, printed: tuple[str, ...], **kw) -> None:
        patient = kw.pop("patient", cl.patient)
        self.lines.append(
            truth_line(
                page, s, claim_id=cl.claim_id, payer_claim_id=cl.payer_claim_id, patient=patient, printed=printed, **kw
            )
        )

    def claim(self, cl: Claim, totals: dict, patient: str | None = None) -> None:
        self.claims.append(
            {
                "claim_id": cl.claim_id,
                "payer_claim_id": cl.payer_claim_id,
                "patient": patient if patient is not None else cl.patient,
                "totals": totals,
            }
        )


def two_pass(producer: str, landscape: bool, build: Callable[[Doc, int], tuple], path: Path) -> tuple:
    """Build once into memory to count pages (for 'Page x of N'), then for real."""
    d0 = Doc(producer, io.BytesIO(), landscape)
    r0 = build(d0, 0)
    n = d0.page
    d0.save()
    d1 = Doc(producer, str(path), landscape)
    r1 = build(d1, n)
    if d1.page != n:
        raise RuntimeError(f"{path.name}: page count changed between passes ({n} -> {d1.page})")
    d1.save()
    del r0
    return n, r1


def m(d: Decimal, style: str = "$", neg: str = "-") -> str:
    return money(d, style, neg)


def short(s: str, n: int) -> str:
    """The description cut at a word boundary to at most n characters (as a narrow column prints it)."""
    if len(s) <= n:
        return s
    cut = s[: n + 1].rsplit(" ", 1)[0].rstrip(",;/")
    return cut


def dash_date(d: date) -> str:
    return d.strftime("%m-%d-%Y")


def adj_text(adjs: list[tuple[str, str, Decimal]], sep: str = "-") -> list[str]:
    return [f"{g}{sep}{r}" for g, r, _ in adjs]


LAYOUTS: dict[str, tuple[str, Callable[[Path], None]]] = {}


def layout(name: str, producer: str):
    def deco(fn):
        LAYOUTS[name] = (producer, fn)
        return fn

    return deco


# ================================================================== p1. Claim Summary, then Claim Details


@layout("p1_summary_then_details", "reportlab")
def p1(out: Path) -> None:
    name = "p1_summary_then_details"
    st = PlanState(
        ded_left=Decimal("250.00"),
        coins_rate=Decimal("0.20"),
        copay_codes={"99213": Decimal("30.00")},
        allowed_rate=Decimal("0.80"),
    )
    claims = [
        Claim(
            "BPT-44817",
            "EM26011400387",
            "Milo Arkwright",
            "Bright Path Pediatric Therapy",
            [
                Svc(D(2026, 1, 6), "97530", 3, ("GO",)),
                Svc(D(2026, 1, 6), "97535", 1, ("GO",)),
                Svc(D(2026, 1, 6), "97112", 2, ("GO",)),
            ],
        ),
        Claim(
            "HLS-90233",
            "EM26011500912",
            "Tessa Arkwright",
            "Harbor Lane Speech Clinic",
            [Svc(D(2026, 1, 8), "92507", 1, ("GN",)), Svc(D(2026, 1, 8), "92526", 1, ("GN",), denied="PR")],
        ),
        Claim(
            "NFM-0031562",
            "EM26011900054",
            "Delphine Arkwright",
            "Northgate Family Medicine",
            [Svc(D(2026, 1, 12), "99213", 1)],
        ),
        Claim(
            "RPT-7718-02",
            "EM26012000718",
            "Delphine Arkwright",
            "Ridgeway Physical Therapy",
            [
                Svc(D(2026, 1, 13), "97161", 1, ("GP",)),
                Svc(D(2026, 1, 13), "97110", 2, ("GP",)),
                Svc(D(2026, 1, 13), "G0283", 1, ("GP",)),
                Svc(D(2026, 1, 15), "97110", 3, ("GP",)),
                Svc(D(2026, 1, 15), "97140", 1, ("GP",)),
            ],
        ),
    ]
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st)
            s.remarks = ["C"] if s.denied else (["A"] if s.deductible else []) + (["B"] if s.copay else [])
    legend = [
        ("A", "Part or all of this amount counts toward your yearly deductible."),
        ("B", "Your plan's fixed copay for an office visit."),
        ("C", "Your plan does not cover this service. The provider may bill you for the full amount."),
    ]
    cols = [
        Col("Date of\nservice", 46),
        Col("Service", 94),
        Col("Code", 30),
        Col("Amount\nbilled", 40, "r"),
        Col("Network\ndiscount", 40, "r"),
        Col("Amount\nallowed", 40, "r"),
        Col("Not\ncovered", 36, "r"),
        Col("Deductible", 40, "r"),
        Col("Copay", 32, "r"),
        Col("Coinsurance", 44, "r"),
        Col("Plan\npaid", 38, "r"),
        Col("You owe", 38, "r"),
        Col("Notes", 26, "c"),
    ]
    x0 = 36

    def build(doc: Doc, npages: int):
        tr = Truth()

        def header(first: bool) -> float:
            doc.new_page()
            doc.rect(0, 0, doc.W, 54, rgb=(0.05, 0.27, 0.55), stroke=False)
            doc.text(36, 24, "Cardinal Ridge Health", 16, style="B", gray=1)
            doc.text(36, 40, "Explanation of Benefits", 10, gray=1)
            doc.text(576, 24, "THIS IS NOT A BILL", 10, style="B", align="r", gray=1)
            doc.text(576, 40, "Statement date: February 2, 2026", 8, align="r", gray=1)
            doc.text(306, 775, f"Page {doc.page} of {npages}", 7, align="c", gray=0.3)
            doc.text(36, 775, "Member ID 9C4R-2287150  |  Group 40081-SP", 7, gray=0.3)
            return 74 if not first else 74

        y = header(True)
        doc.text(36, y, "Delphine Arkwright", 10, style="B")
        doc.text(36, y + 12, "1187 Quillfeather Lane", 8)
        doc.text(36, y + 22, "Oakhaven, MN 55990", 8)
        doc.rect(330, y - 10, 246, 54, fill=0.95)
        doc.text(338, y + 2, "Plan: Cardinal Ridge Choice PPO", 8)
        doc.text(338, y + 13, "Member ID: 9C4R-2287150", 8)
        doc.text(338, y + 24, "Group number: 40081-SP", 8)
        doc.text(338, y + 35, "Questions? Call 1-800-555-0144 (TTY 711)", 8)
        y += 66
        doc.text(36, y, "Claim Summary", 13, style="B", gray=0.05)
        y += 8
        doc.para(
            36,
            y + 8,
            "Here is a summary of the claims we processed for you and your family since your last "
            "statement. Details for each claim follow on the next pages.",
            520,
            8.5,
        )
        y += 32
        scols = [
            Col("Patient", 92),
            Col("Provider", 128),
            Col("Claim number", 72),
            Col("Date(s) of service", 82),
            Col("Amount billed", 58, "r"),
            Col("Plan paid", 52, "r"),
            Col("You owe", 56, "r"),
        ]
        doc.rect(36, y - 9, 540, 13, fill=0.88, stroke=False)
        draw_head(doc, 36, scols, y, 7.5)
        y += 14
        for cl in claims:
            d1, d2 = min(s.dos for s in cl.svcs), max(s.dos for s in cl.svcs)
            ds = dfmt(d1, "mdy4") + ("" if d1 == d2 else " - " + dfmt(d2, "mdy4"))
            draw_cells(
                doc,
                36,
                scols,
                y,
                [
                    cl.patient,
                    cl.provider,
                    cl.payer_claim_id,
                    ds,
                    m(total(cl.svcs, "billed")),
                    m(total(cl.svcs, "paid")),
                    m(total(cl.svcs, "owes")),
                ],
                7.5,
            )
            doc.line(36, y + 4, 576, y + 4, 0.3, 0.7)
            y += 13
        allsv = [s for cl in claims for s in cl.svcs]
        draw_cells(
            doc,
            36,
            scols,
            y + 2,
            ["Total", "", "", "", m(total(allsv, "billed")), m(total(allsv, "paid")), m(total(allsv, "owes"))],
            7.5,
            style="B",
        )
        y += 30
        doc.rect(36, y - 10, 540, 40, fill=0.96)
        doc.text(44, y + 2, "Your deductible: $500.00 per person. Milo has met $250.00 of it so far this plan year.", 8)
        doc.text(
            44,
            y + 14,
            "Out-of-pocket limit: $3,000.00 per person / $6,000.00 per family. Family total so far: "
            f"{m(total(allsv, 'owes'))}.",
            8,
        )
        y += 52
        doc.text(36, y, "Claim Details", 13, style="B", gray=0.05)
        y += 20
        first_detail = True
        for cl in claims:
            need = 64 + 13 * len(cl.svcs)
            if y + need > 740 or (first_detail and cl is claims[0] and False):
                y = header(False) + 6
                doc.text(36, y, "Claim Details (continued)", 11, style="B", gray=0.05)
                y += 18
            first_detail = False
            doc.rect(36, y - 10, 540, 28, fill=0.93, stroke=False)
            doc.text(40, y, f"Patient: {cl.patient}", 8, style="B")
            doc.text(220, y, f"Provider: {cl.provider}", 8)
            doc.text(40, y + 12, f"Claim number: {cl.payer_claim_id}", 8)
            doc.text(220, y + 12, f"Patient account: {cl.claim_id}", 8)
            doc.text(400, y + 12, "Network status: In network", 8)
            y += 32
            yh = draw_head(doc, x0, cols, y, 6.5)
            doc.line(x0, yh + 3, x0 + sum(c.w for c in cols), yh + 3, 0.6)
            y = yh + 13
            for s in cl.svcs:
                vals = [
                    dfmt(s.dos, "mdy4"),
                    short(s.desc, 26),
                    s.code,
                    m(s.billed),
                    m(s.discount),
                    m(s.allowed),
                    m(s.not_covered),
                    m(s.deductible),
                    m(s.copay),
                    m(s.coinsurance),
                    m(s.paid),
                    m(s.owes),
                    " ".join(s.remarks),
                ]
                draw_cells(doc, x0, cols, y, vals, 6.5)
                tr.line(
                    doc.page,
                    s,
                    cl,
                    (
                        "billed",
                        "discount",
                        "not_covered",
                        "allowed",
                        "deductible",
                        "copay",
                        "coinsurance",
                        "paid",
                        "patient_owes",
                    ),
                    modifiers=False,
                    remarks=s.remarks,
                    overrides={"description": short(s.desc, 26)},
                )
                y += 12
            doc.line(x0, y - 8, x0 + sum(c.w for c in cols), y - 8, 0.3)
            sv = cl.svcs
            draw_cells(
                doc,
                x0,
                cols,
                y,
                [
                    "Claim total",
                    "",
                    "",
                    m(total(sv, "billed")),
                    m(total(sv, "discount")),
                    m(total(sv, "allowed")),
                    m(total(sv, "not_covered")),
                    m(total(sv, "deductible")),
                    m(total(sv, "copay")),
                    m(total(sv, "coinsurance")),
                    m(total(sv, "paid")),
                    m(total(sv, "owes")),
                    "",
                ],
                6.5,
                style="B",
            )
            tr.claim(cl, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes")))
            y += 26
        if y + 60 > 740:
            y = header(False) + 6
        doc.text(36, y, "What the notes mean", 10, style="B")
        y += 14
        for k, v in legend:
            doc.text(40, y, k, 8, style="B")
            doc.text(56, y, v, 8)
            y += 11
        return tr

    pages, tr = two_pass("reportlab", False, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "reportlab",
        pages,
        "Member EOB: page 1 'Claim Summary' table (one row per claim with claim-level amounts, not service "
        "lines) and family totals, then 'Claim Details' blocks (shaded header: patient, provider, claim number, "
        "patient account) with 13 columns and two-line headers, 'Claim total' rows, lettered notes legend. No "
        "modifiers printed. Dates 01/06/2026, $ amounts.",
        tr.lines,
        tr.claims,
        legend,
    )


# ============================================ p2. cost-share columns (billed / discount / allowed / ... / you owe)


@layout("p2_cost_share_columns", "fpdf2")
def p2(out: Path) -> None:
    name = "p2_cost_share_columns"
    st = PlanState(
        ded_left=Decimal("400.00"),
        coins_rate=Decimal("0.25"),
        copay_codes={"99213": Decimal("25.00")},
        allowed_rate=Decimal("0.74"),
    )
    claims = [
        Claim(
            "LH-22918",
            "2026011700431",
            "Rosalind Fenwick-Obi",
            "Lakeshore Hand & Upper Limb Therapy",
            [
                Svc(D(2026, 1, 9), "97165", 1, ("GO",)),
                Svc(D(2026, 1, 9), "97760", 2, ("GO",)),
                Svc(D(2026, 1, 9), "L3807", 1, ("RT",)),
            ],
            {"rec": D(2026, 1, 14), "proc": D(2026, 1, 17)},
        ),
        Claim(
            "LH-23107",
            "2026011900512",
            "Rosalind Fenwick-Obi",
            "Lakeshore Hand & Upper Limb Therapy",
            [
                Svc(D(2026, 1, 16), "97110", 2, ("GO",)),
                Svc(D(2026, 1, 16), "97140", 1, ("GO",)),
                Svc(D(2026, 1, 16), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 16), "97018", 1, ("GO",), denied="CO"),
            ],
            {"rec": D(2026, 1, 19), "proc": D(2026, 1, 23)},
        ),
        Claim(
            "WP-0088213",
            "2026012300077",
            "Jonah Fenwick-Obi",
            "Westpoint Pediatrics",
            [Svc(D(2026, 1, 20), "99213", 1)],
            {"rec": D(2026, 1, 22), "proc": D(2026, 1, 26)},
        ),
    ]
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st, deny_reason="97")
            if s.denied == "CO":  # a bundled line: the whole charge shows as provider savings
                s.discount, s.not_covered = s.billed, ZERO
            s.remarks = ["K31"] if s.denied else (["D11"] if s.deductible else (["P02"] if s.copay else ["P01"]))
    legend = [
        ("P01", "Paid at your in-network benefit level after coinsurance."),
        ("P02", "Paid after your office visit copay."),
        ("D11", "Applied to your deductible. You pay this part until your deductible is met."),
        ("K31", "This service is included in another service on the same day. You do not owe this amount."),
    ]
    bad = claims[1]
    bad_paid = total(bad.svcs, "paid") - Decimal("10.00")
    cols = [
        Col("Service\ndate", 40),
        Col("Service", 98),
        Col("Code", 40),
        Col("Qty", 18, "c"),
        Col("Amount\nbilled", 42, "r"),
        Col("Network\ndiscount", 42, "r"),
        Col("Allowed\namount", 42, "r"),
        Col("Deductible", 42, "r"),
        Col("Copay", 30, "r"),
        Col("Coinsurance", 44, "r"),
        Col("Plan\npaid", 38, "r"),
        Col("You\nowe", 38, "r"),
        Col("Code\nnote", 30, "c"),
    ]
    x0 = 24

    def build(doc: Doc, npages: int):
        tr = Truth()

        def header() -> float:
            doc.new_page()
            doc.text(24, 40, "SUMMIT CREST", 18, style="B", gray=0.15)
            doc.text(24, 52, "HEALTH PLAN", 9, style="B", gray=0.4)
            doc.text(588, 34, "Explanation of Benefits", 13, style="B", align="r")
            doc.text(588, 48, "This is not a bill.", 9, style="I", align="r")
            doc.line(24, 62, 588, 62, 1.5, 0.3)
            doc.text(24, 772, "Summit Crest Health Plan, PO Box 4410, Larkfield, OR 97990", 6.5, gray=0.4)
            doc.text(588, 772, f"Page {doc.page} of {npages}", 6.5, align="r", gray=0.4)
            return 80

        y = header()
        doc.text(24, y, "Member:", 8, style="B")
        doc.text(70, y, "Rosalind Fenwick-Obi", 8)
        doc.text(24, y + 11, "Member ID:", 8, style="B")
        doc.text(70, y + 11, "SCH448210917", 8)
        doc.text(300, y, "Statement date:", 8, style="B")
        doc.text(370, y, "01/27/26", 8)
        doc.text(300, y + 11, "Plan:", 8, style="B")
        doc.text(370, y + 11, "Silver Trail EPO (Group 7710-02)", 8)
        y += 32
        for cl in claims:
            if y + 70 + 12 * len(cl.svcs) > 740:
                y = header()
            doc.rect(24, y - 10, 564, 14, fill=0.85, stroke=False)
            doc.text(28, y, f"Claim ID {cl.payer_claim_id}", 8.5, style="B")
            doc.text(200, y, f"Received {dfmt(cl.extra['rec'], 'mdy2')}", 8)
            doc.text(300, y, f"Processed {dfmt(cl.extra['proc'], 'mdy2')}", 8)
            y += 14
            doc.text(28, y, f"Patient: {cl.patient}", 8)
            doc.text(200, y, f"Provider: {cl.provider}", 8)
            doc.text(28, y + 11, f"Provider account #: {cl.claim_id}", 8)
            doc.text(200, y + 11, "In network", 8)
            y += 26
            yh = draw_head(doc, x0, cols, y, 6.5)
            doc.line(x0, yh + 3, 588, yh + 3, 0.5)
            y = yh + 12
            for s in cl.svcs:
                code = s.code + (" " + " ".join(s.mods) if s.mods else "")
                vals = [
                    dfmt(s.dos, "mdy2"),
                    short(s.desc, 27),
                    code,
                    units_str(s.units),
                    m(s.billed),
                    m(s.discount),
                    m(s.allowed),
                    m(s.deductible),
                    m(s.copay),
                    m(s.coinsurance),
                    m(s.paid),
                    m(s.owes),
                    " ".join(s.remarks),
                ]
                draw_cells(doc, x0, cols, y, vals, 6.5)
                tr.line(
                    doc.page,
                    s,
                    cl,
                    ("billed", "discount", "allowed", "deductible", "copay", "coinsurance", "paid", "patient_owes"),
                    remarks=s.remarks,
                    overrides={"description": short(s.desc, 27)},
                )
                doc.line(x0, y + 4, 588, y + 4, 0.2, 0.75)
                y += 12
            sv = cl.svcs
            paid_t = bad_paid if cl is bad else total(sv, "paid")
            draw_cells(
                doc,
                x0,
                cols,
                y + 1,
                [
                    "Totals",
                    "",
                    "",
                    "",
                    m(total(sv, "billed")),
                    m(total(sv, "discount")),
                    m(total(sv, "allowed")),
                    m(total(sv, "deductible")),
                    m(total(sv, "copay")),
                    m(total(sv, "coinsurance")),
                    m(paid_t),
                    m(total(sv, "owes")),
                    "",
                ],
                6.5,
                style="B",
            )
            tr.claim(cl, claim_totals(total(sv, "billed"), total(sv, "allowed"), paid_t, total(sv, "owes")))
            y += 30
        if y + 150 > 740:
            y = header()
        doc.text(24, y, "Your plan year to date (January 1 - December 31, 2026)", 9, style="B")
        y += 6
        ycols = [Col("", 150), Col("In network\nlimit", 80, "r"), Col("Met so far", 80, "r"), Col("Remaining", 80, "r")]
        yh = draw_head(doc, 24, ycols, y + 10, 7)
        y = yh + 12
        for row in (
            ["Deductible - Rosalind", "$400.00", "$400.00", "$0.00"],
            ["Deductible - family", "$800.00", "$400.00", "$400.00"],
            [
                "Out-of-pocket - family",
                "$6,500.00",
                m(total([s for c in claims for s in c.svcs], "owes")),
                m(Decimal("6500.00") - total([s for c in claims for s in c.svcs], "owes")),
            ],
        ):
            draw_cells(doc, 24, ycols, y, row, 7.5)
            y += 11
        y += 14
        doc.text(24, y, "Code notes", 9, style="B")
        y += 12
        for k, v in legend:
            doc.text(24, y, k, 7.5, style="B")
            doc.text(52, y, v, 7.5)
            y += 10
        return tr

    pages, tr = two_pass("fpdf2", False, build, out / f"{name}.pdf")
    finding = (
        f"claim {bad.payer_claim_id}: printed Plan paid total {m(bad_paid)} but its lines add to "
        f"{m(total(bad.svcs, 'paid'))}"
    )
    write_truth(
        out / f"{name}.pdf",
        name,
        "fpdf2",
        pages,
        "Member EOB, columns in the order Service date / Service / Code / Qty / Amount billed / Network "
        "discount / Allowed amount / Deductible / Copay / Coinsurance / Plan paid / You owe / Code note; grey "
        "'Claim ID' band with received/processed dates, provider account #; code and modifier one space apart; "
        "a bundled line; 'Totals' rows; year-to-date accumulator table (amounts that are not lines); dates "
        "01/09/26. PLANTED: one claim's Plan paid total is $10.00 below its lines.",
        tr.lines,
        tr.claims,
        legend,
        [finding],
    )


# ====================================================== p3. Medicare Part B remittance advice (MAC portal PDF)


@layout("p3_mac_remittance_advice", "reportlab")
def p3(out: Path) -> None:
    name = "p3_mac_remittance_advice"
    st = PlanState(ded_left=Decimal("62.40"), coins_rate=Decimal("0.20"))
    claims = [
        Claim(
            "FOX26-00871",
            "22026034118820",
            "PELLEGRINO, AUGUSTINE M",
            "",
            [
                Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
                Svc(D(2026, 1, 5), "97140", 1, ("GP", "59")),
                Svc(D(2026, 1, 7), "97110", 3, ("GP",)),
                Svc(D(2026, 1, 7), "G0283", 1, ("GP",)),
                Svc(D(2026, 1, 9), "97116", 2, ("GP", "KX")),
            ],
            {"mbi": "3TQ7XR2HK41"},
        ),
        Claim(
            "FOX26-00902",
            "22026034118907",
            "NAKASHIMA-REYES, DOLORES",
            "",
            [
                Svc(D(2026, 1, 6), "97166", 1, ("GO",)),
                Svc(D(2026, 1, 6), "97535", 2, ("GO",)),
                Svc(D(2026, 1, 6), "97530", 1, ("GO",), denied="CO"),
            ],
            {"mbi": "8HW2TC6YP03"},
        ),
        Claim(
            "FOX26-00915",
            "22026034119011",
            "BRANNIGAN, CORNELIUS",
            "",
            [
                Svc(D(2026, 1, 8), "92507", 1, ("GN",)),
                Svc(D(2026, 1, 12), "92507", 1, ("GN",)),
                Svc(D(2026, 1, 14), "92526", 1, ("GN",)),
            ],
            {"mbi": "5RC9JN1UE77"},
        ),
    ]
    for cl in claims:
        for s in cl.svcs:
            medicare(s, st, deny_reason="97")
            if s.denied:
                s.not_covered = ZERO
                s.remarks = ["N20"]
            elif "KX" in s.mods:
                s.remarks = ["N640"]
    legend = [
        ("CO-45", "Charge is more than the fee schedule amount; the provider writes off the difference."),
        ("CO-97", "Paid as part of another service on the same day; not payable separately."),
        ("CO-253", "Federal payment reduction (sequestration)."),
        ("PR-1", "Deductible amount; the patient may be billed."),
        ("PR-2", "Coinsurance amount; the patient may be billed."),
        ("N20", "Not paid separately when done with another service that day."),
        ("N640", "Therapy above the yearly amount was reviewed with the KX modifier."),
    ]
    cols = [
        Col("Line\nCtrl #", 50),
        Col("Rendering\nNPI", 50),
        Col("From", 44),
        Col("Thru", 44),
        Col("POS", 22, "c"),
        Col("Proc", 36),
        Col("Mods", 44),
        Col("Units", 26, "r"),
        Col("Billed", 48, "r"),
        Col("Allowed", 48, "r"),
        Col("Deduct", 44, "r"),
        Col("Coins", 44, "r"),
        Col("Adj Grp-Rsn  Amt", 96),
        Col("Remarks", 56),
        Col("Prov Paid", 56, "r"),
    ]
    x0 = 36
    payment = sum((total(cl.svcs, "paid") for cl in claims), ZERO) - Decimal("14.20")

    def build(doc: Doc, npages: int):
        tr = Truth()

        def header() -> float:
            doc.new_page()
            doc.text(36, 34, "Cascade Plains Medicare Administrators", 12, style="B")
            doc.text(36, 46, "Medicare Part B - Jurisdiction Q", 8)
            doc.text(756, 34, "Remittance Advice", 14, style="B", align="r")
            doc.text(756, 47, f"Page {doc.page} of {npages}", 7.5, align="r")
            doc.rect(36, 56, 720, 40, fill=0.95)
            doc.text(44, 68, "Payee: Foxglove Outpatient Rehabilitation LLC", 8, style="B")
            doc.text(44, 79, "NPI: 1487296053     PTAN: QP40871", 7.5)
            doc.text(44, 90, "2210 Tamarack Road, Suite 4, Brixham, WA 98990", 7.5)
            doc.text(420, 68, "Payment method: EFT", 7.5)
            doc.text(420, 79, "Trace #: 1026033017442", 7.5)
            doc.text(420, 90, "Payment date: 02/03/2026", 7.5)
            doc.text(600, 68, f"Payment amount: {m(payment)}", 7.5, style="B")
            doc.text(600, 79, "Remit #: 0044719", 7.5)
            return 116

        y = header()
        lineno = 1
        for ci, cl in enumerate(claims):
            nsub = sum(max(1, len(s.adjs)) for s in cl.svcs)
            if y + 70 + 9 * nsub > 570:
                y = header()
            sv = cl.svcs
            doc.rect(36, y - 9, 720, 24, fill=0.88, stroke=False)
            doc.text(40, y, f"Patient Name: {cl.patient}", 7.5, style="B")
            doc.text(250, y, f"MBI: {cl.extra['mbi']}", 7.5)
            doc.text(380, y, f"Patient Ctrl #: {cl.claim_id}", 7.5)
            doc.text(560, y, f"Claim Ctrl # (ICN): {cl.payer_claim_id}", 7.5)
            doc.text(40, y + 11, "Claim Status: 1 - Processed as Primary", 7.5)
            doc.text(250, y + 11, "Type of Bill: Professional", 7.5)
            doc.text(380, y + 11, f"Pt Resp: {m(total(sv, 'owes'), ',')}", 7.5)
            doc.text(
                560,
                y + 11,
                "Rendering: 1730552918 (Okonkwo-Hale, PT)" if ci != 2 else "Rendering: 1902116674 (Lindqvist, SLP)",
                7.5,
            )
            y += 28
            yh = draw_head(doc, x0, cols, y, 6.5)
            doc.line(x0, yh + 3, 756, yh + 3, 0.5)
            y = yh + 12
            npi = "1902116674" if ci == 2 else "1730552918"
            for s in sv:
                vals = [
                    f"{lineno:04d}{ci + 1:02d}",
                    npi,
                    dfmt(s.dos, "mdy4"),
                    dfmt(s.dos, "mdy4"),
                    "11",
                    s.code,
                    " ".join(s.mods),
                    f"{s.units:.1f}",
                    m(s.billed, ","),
                    m(s.allowed, ","),
                    m(s.deductible, ","),
                    m(s.coinsurance, ","),
                    "",
                    " ".join(s.remarks),
                    m(s.paid, ","),
                ]
                draw_cells(doc, x0, cols, y, vals, 6.8)
                xa = col_x(x0, cols)[12]
                for k, (g, r, a) in enumerate(s.adjs):
                    doc.text(xa + 2, y + 9 * k, f"{g}-{r}", 6.8)
                    doc.text(xa + 86, y + 9 * k, m(a, ","), 6.8, align="r")
                tr.line(
                    doc.page,
                    s,
                    cl,
                    ("billed", "allowed", "deductible", "coinsurance", "paid"),
                    service_end=s.dos,
                    adjustments=s.adjs,
                    remarks=s.remarks,
                    description=False,
                )
                lineno += 1
                y += 9 * max(1, len(s.adjs)) + 3
            doc.line(x0, y - 8, 756, y - 8, 0.3, 0.5)
            vals = [
                "Claim Totals",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                m(total(sv, "billed"), ","),
                m(total(sv, "allowed"), ","),
                m(total(sv, "deductible"), ","),
                m(total(sv, "coinsurance"), ","),
                "",
                "",
                m(total(sv, "paid"), ","),
            ]
            draw_cells(doc, x0, cols, y, vals, 6.8, style="B")
            tr.claim(cl, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid")))
            doc.text(x0 + 2, y + 10, f"Claim adjustment: none     Net: {m(total(sv, 'paid'), ',')}", 6.8)
            y += 30
        if y + 130 > 570:
            y = header()
        doc.text(36, y, "Provider Level Adjustments", 9, style="B")
        y += 12
        pcols = [Col("Reason", 60), Col("Reference (FCN)", 120), Col("HIC / MBI", 90), Col("Amount", 70, "r")]
        draw_head(doc, 36, pcols, y, 7)
        y += 11
        draw_cells(doc, 36, pcols, y, ["WO", "22025349001187", "3TQ7XR2HK41", "-14.20"], 7.2)
        y += 11
        draw_cells(doc, 36, pcols, y, ["Total", "", "", "-14.20"], 7.2, style="B")
        y += 18
        doc.text(
            36,
            y,
            f"Total provider paid: {m(total([s for c in claims for s in c.svcs], 'paid'), ',')}   "
            f"Provider adjustments: -14.20   Check/EFT amount: {m(payment, ',')}",
            7.5,
        )
        y += 20
        doc.text(36, y, "Glossary: Group, Reason and Remark Codes", 9, style="B")
        y += 12
        for k, v in legend:
            doc.text(40, y, k, 7.2, style="B")
            doc.text(90, y, v, 7.2)
            y += 9.5
        return tr

    pages, tr = two_pass("reportlab", True, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "reportlab",
        pages,
        "Medicare Part B remittance advice as a MAC portal prints it from the 835 (landscape, Helvetica): shaded "
        "claim header (Patient Name, MBI, Patient Ctrl #, Claim Ctrl # (ICN), status, Pt Resp), line table with "
        "Line Ctrl #, rendering NPI, From/Thru, POS, Proc, Mods ('GP 59', 'GP KX'), Units '2.0', adjustments "
        "stacked one per text line inside one 'Adj Grp-Rsn Amt' column, remarks, Prov Paid last; Claim Totals "
        "and Net lines; a bundled CO-97 line; provider-level adjustment WO -14.20 (not a service line); code "
        "glossary.",
        tr.lines,
        tr.claims,
        legend,
    )


# ======================================================================= p4. therapy clinic superbill statement


@layout("p4_therapy_superbill", "fpdf2")
def p4(out: Path) -> None:
    name = "p4_therapy_superbill"
    st = PlanState(ded_left=Decimal("60.00"), allowed_rate=Decimal("0.78"), visit_copay=Decimal("20.00"))
    visits = [
        Claim(
            "V-1182",
            "5529018833",
            "Ines Valcourt-Brandt",
            "",
            [Svc(D(2026, 1, 7), "97166", 1, ("GO",)), Svc(D(2026, 1, 7), "92610", 1, ("GO",))],
            {"min": [60, 45]},
        ),
        Claim(
            "V-1207",
            "5529024410",
            "Ines Valcourt-Brandt",
            "",
            [Svc(D(2026, 1, 14), "92526", 1, ("GO",)), Svc(D(2026, 1, 14), "97530", 2, ("GO",))],
            {"min": [30, 31]},
        ),
        Claim(
            "V-1233",
            "5529030127",
            "Ines Valcourt-Brandt",
            "",
            [
                Svc(D(2026, 1, 21), "92526", 1, ("GO",)),
                Svc(D(2026, 1, 21), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 21), "97535", 1, ("GO",)),
            ],
            {"min": [30, 28, 15]},
        ),
        Claim(
            "V-1260",
            "5529036954",
            "Ines Valcourt-Brandt",
            "",
            [Svc(D(2026, 1, 28), "92526", 1, ("GO",)), Svc(D(2026, 1, 28), "97112", 2, ("GO",))],
            {"min": [30, 32]},
        ),
    ]
    dx = {"97166": "1,2", "92610": "2", "92526": "2", "97530": "1", "97535": "1", "97112": "1"}
    for v in visits:
        for s in v.svcs:
            commercial(s, st)
    cols = [
        Col("Date", 50),
        Col("CPT", 34),
        Col("Mod", 24),
        Col("Dx", 24, "c"),
        Col("Units", 26, "c"),
        Col("Min", 22, "c"),
        Col("Fee", 44, "r"),
        Col("Allowed", 44, "r"),
        Col("Ins. Paid", 44, "r"),
        Col("Write-off", 44, "r"),
        Col("Pt. Resp.", 44, "r"),
        Col("Pt. Paid", 40, "r"),
        Col("Balance", 44, "r"),
    ]
    x0 = 40

    def build(doc: Doc, npages: int):
        tr = Truth()
        doc.new_page()
        doc.text(40, 46, "Willowmere Pediatric OT & Feeding Center", 15, "serif", "B")
        doc.text(
            40, 60, "406 Juniper Hollow Road, Suite B  -  Fenwick Falls, VT 05990  -  (802) 555-0172", 8.5, "serif"
        )
        doc.text(40, 71, "NPI 1346708215   Tax ID 84-3307716   Taxonomy 225X00000X", 8.5, "serif")
        doc.line(40, 80, 572, 80, 1)
        doc.text(306, 100, "STATEMENT OF SERVICES (SUPERBILL)", 12, "serif", "B", "c")
        doc.text(306, 113, "For insurance reimbursement - please keep for your records", 8.5, "serif", "I", "c")
        y = 134
        for k, v, k2, v2 in (
            ("Patient:", "Ines Valcourt-Brandt", "Insurance:", "Prairie Bluff Health Co-op"),
            ("Date of birth:", "03/18/2021", "Member ID:", "PBH-60447215-03"),
            ("Responsible party:", "Celeste Valcourt", "Group:", "CO-2290"),
            ("Statement period:", "01/01/2026 - 01/31/2026", "Statement date:", "02/04/2026"),
        ):
            doc.text(40, y, k, 9, "serif", "B")
            doc.text(130, y, v, 9, "serif")
            doc.text(330, y, k2, 9, "serif", "B")
            doc.text(410, y, v2, 9, "serif")
            y += 12
        y += 8
        doc.text(40, y, "Diagnosis codes (ICD-10-CM)", 9.5, "serif", "B")
        y += 12
        doc.text(48, y, "1.  F82      Motor coordination delay", 9, "serif")
        y += 11
        doc.text(48, y, "2.  R63.3    Feeding difficulty", 9, "serif")
        y += 20
        doc.rect(40, y - 10, 532, 14, fill=0.9, stroke=True, lw=0.4)
        draw_head(doc, x0, cols, y, 7.5, "serif")
        y += 16
        for v in visits:
            sv = v.svcs
            doc.text(
                42,
                y,
                f"Visit {v.claim_id}  -  {dfmt(sv[0].dos, 'mdy4')}  -  Yvette Marchetti, OTR/L  -  "
                f"Insurance claim ref. {v.payer_claim_id}",
                8,
                "serif",
                "I",
            )
            y += 12
            for i, s in enumerate(sv):
                ptpaid = min(st.visit_copay, total(sv, "owes")) if i == 0 else ZERO
                bal = s.owes - ptpaid
                vals = [
                    dfmt(s.dos, "mdy4"),
                    s.code,
                    " ".join(s.mods),
                    dx[s.code],
                    units_str(s.units),
                    str(v.extra["min"][i]),
                    m(s.billed, ","),
                    m(s.allowed, ","),
                    m(s.paid, ","),
                    m(s.discount, ","),
                    m(s.owes, ","),
                    m(ptpaid, ","),
                    m(bal, ","),
                ]
                draw_cells(doc, x0, cols, y, vals, 8, "serif")
                tr.line(doc.page, s, v, ("billed", "allowed", "paid", "discount", "patient_owes"), description=False)
                y += 11
            doc.line(40 + sum(c.w for c in cols[:6]), y - 8, 572, y - 8, 0.3)
            vals = [
                "",
                "",
                "",
                "",
                "",
                "Visit total",
                m(total(sv, "billed"), ","),
                m(total(sv, "allowed"), ","),
                m(total(sv, "paid"), ","),
                m(total(sv, "discount"), ","),
                m(total(sv, "owes"), ","),
                m(min(st.visit_copay, total(sv, "owes")), ","),
                m(total(sv, "owes") - min(st.visit_copay, total(sv, "owes")), ","),
            ]
            draw_cells(doc, x0, cols, y, vals, 8, "serif", "B")
            tr.claim(v, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes")))
            y += 18
        allsv = [s for v in visits for s in v.svcs]
        ptp = sum((min(st.visit_copay, total(v.svcs, "owes")) for v in visits), ZERO)
        y += 6
        doc.text(40, y, "Account summary", 10, "serif", "B")
        y += 13
        for k, val in (
            ("Total charges", total(allsv, "billed")),
            ("Insurance payments", -total(allsv, "paid")),
            ("Contractual write-offs", -total(allsv, "discount")),
            ("Patient payments", -ptp),
            ("Balance due from patient", total(allsv, "owes") - ptp),
        ):
            doc.text(48, y, k, 9, "serif")
            doc.text(300, y, m(val, "$", "()"), 9, "serif", align="r")
            y += 11
        y += 20
        doc.para(
            40,
            y,
            "I certify that the services listed above were medically necessary and were provided by me "
            "in person. Time is the total direct one-on-one time for timed codes.",
            532,
            8.5,
            "serif",
        )
        y += 34
        doc.line(40, y, 250, y, 0.5)
        doc.text(40, y + 10, "Yvette Marchetti, OTR/L   License OT-0045821", 8.5, "serif")
        doc.text(572, 760, "Page 1 of 1", 7.5, "serif", align="r")
        return tr

    pages, tr = two_pass("fpdf2", False, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "fpdf2",
        pages,
        "Therapy clinic superbill / statement for insurance reimbursement (Times): practice NPI and Tax ID, "
        "patient and insurance block, ICD-10 diagnosis list (F82, R63.3 - code-shaped but not lines), one italic "
        "'Visit V-1182 - date - therapist - Insurance claim ref.' row per visit, then rows Date / CPT / Mod / Dx "
        "pointer '1,2' / Units / Min (minutes, not units) / Fee / Allowed / Ins. Paid / Write-off / Pt. Resp. / "
        "Pt. Paid / Balance (Pt. Paid and Balance are not patient owes); 'Visit total' rows; account summary "
        "with parenthesised negatives; certification text. No legend.",
        tr.lines,
        tr.claims,
        [],
    )


# ========================================================================= p5. dental carrier EOB with TMJ care


@layout("p5_dental_tmj_eob", "reportlab")
def p5(out: Path) -> None:
    name = "p5_dental_tmj_eob"
    pct = {"D0140": 100, "D0330": 100, "D9130": 50, "D7880": 50, "97140": 50, "97110": 50, "G0283": 0, "97035": 50}
    claims = [
        Claim(
            "KOP-7716",
            "DB26-0031947-00",
            "Marguerite Oyelaran",
            "Kestrel Orofacial Pain & TMJ Center",
            [
                Svc(D(2026, 1, 8), "D0140", 1),
                Svc(D(2026, 1, 8), "D0330", 1),
                Svc(D(2026, 1, 8), "D9130", 1),
                Svc(D(2026, 1, 22), "D7880", 1),
            ],
        ),
        Claim(
            "TJN-30442",
            "DB26-0034410-00",
            "Marguerite Oyelaran",
            "Tidewater Jaw & Neck Physical Therapy",
            [
                Svc(D(2026, 1, 26), "97140", 2, ("GP",)),
                Svc(D(2026, 1, 26), "97110", 1, ("GP",)),
                Svc(D(2026, 1, 26), "97035", 1, ("GP",)),
                Svc(D(2026, 1, 26), "G0283", 1, ("GP",), denied="PR"),
            ],
        ),
    ]
    ded_left = Decimal("50.00")
    for cl in claims:
        for s in cl.svcs:
            if s.denied:
                s.allowed, s.paid, s.owes, s.not_covered = ZERO, ZERO, s.billed, s.billed
                s.remarks = ["T14"]
                continue
            s.allowed = (
                q(Decimal(eobgen.SCHED[s.code]) * s.units) if s.code.startswith("D") else q(s.billed * Decimal("0.70"))
            )
            s.deductible = min(ded_left, s.allowed) if pct[s.code] < 100 else ZERO
            ded_left -= s.deductible
            s.paid = q((s.allowed - s.deductible) * pct[s.code] / 100)
            s.owes = s.allowed - s.paid
            s.remarks = ["D2"] if s.deductible else (["T09"] if not s.code.startswith("D") else [])
    legend = [
        ("D2", "Part of the allowed amount was applied to the annual dental deductible."),
        ("T09", "Paid under the TMJ benefit at 50% of the maximum allowed, up to the lifetime TMJ limit."),
        ("T14", "This service is not a benefit under the TMJ rider. Please send it to the medical plan."),
    ]
    cols = [
        Col("Line", 22, "c"),
        Col("Service\nDate", 46),
        Col("Tooth/\nArea", 30, "c"),
        Col("Proc\nCode", 46),
        Col("Description", 106),
        Col("Submitted\nAmount", 48, "r"),
        Col("Maximum\nAllowed", 46, "r"),
        Col("Deduct-\nible", 38, "r"),
        Col("%\nCovered", 34, "c"),
        Col("Plan\nPayment", 44, "r"),
        Col("Patient\nPays", 44, "r"),
        Col("Remark", 32, "c"),
    ]
    x0 = 38

    def build(doc: Doc, npages: int):
        tr = Truth()
        doc.new_page()
        doc.text(38, 44, "Bayview Dental Benefit Company", 16, "serif", "B")
        doc.text(38, 57, "Explanation of Dental Benefits  -  This is not a bill", 9, "serif", "I")
        doc.rect(370, 28, 204, 44, stroke=True)
        doc.text(376, 40, "Subscriber: Adaeze Oyelaran", 8, "serif")
        doc.text(376, 51, "Subscriber ID: BDB-771029384", 8, "serif")
        doc.text(376, 62, "Group: Harlan County Schools (3318)", 8, "serif")
        y = 94
        for cl in claims:
            sv = cl.svcs
            doc.line(38, y - 10, 574, y - 10, 1)
            doc.text(38, y, f"Patient: {cl.patient}", 9, "serif", "B")
            doc.text(250, y, "Relationship: Spouse", 9, "serif")
            doc.text(400, y, f"Claim #: {cl.payer_claim_id}", 9, "serif", "B")
            doc.text(38, y + 12, f"Provider: {cl.provider}", 9, "serif")
            doc.text(400, y + 12, f"Patient Acct: {cl.claim_id}", 9, "serif")
            doc.text(38, y + 24, "Network: Bayview Select (participating)", 9, "serif")
            doc.text(400, y + 24, "Benefit: " + ("Dental / TMJ rider" if cl is claims[0] else "TMJ rider"), 9, "serif")
            y += 40
            yh = draw_head(doc, x0, cols, y, 7.5, "serif", "B")
            doc.line(x0, yh + 3, 574, yh + 3, 0.5)
            y = yh + 13
            for i, s in enumerate(sv, 1):
                code = s.code + ("-" + "-".join(s.mods) if s.mods else "")
                vals = [
                    str(i),
                    dash_date(s.dos),
                    "TMJ" if s.code in ("D9130", "D7880") else "",
                    code,
                    short(s.desc, 27),
                    m(s.billed),
                    m(s.allowed),
                    m(s.deductible),
                    f"{pct[s.code]}%",
                    m(s.paid),
                    m(s.owes),
                    " ".join(s.remarks),
                ]
                draw_cells(doc, x0, cols, y, vals, 7.8, "serif")
                tr.line(
                    doc.page,
                    s,
                    cl,
                    ("billed", "allowed", "deductible", "paid", "patient_owes"),
                    units=False,
                    remarks=s.remarks,
                    overrides={"description": short(s.desc, 27)},
                )
                y += 12
            doc.line(x0 + sum(c.w for c in cols[:5]), y - 8, 574, y - 8, 0.4)
            draw_cells(
                doc,
                x0,
                cols,
                y,
                [
                    "",
                    "",
                    "",
                    "",
                    "Claim Totals",
                    m(total(sv, "billed")),
                    m(total(sv, "allowed")),
                    m(total(sv, "deductible")),
                    "",
                    m(total(sv, "paid")),
                    m(total(sv, "owes")),
                    "",
                ],
                7.8,
                "serif",
                "B",
            )
            tr.claim(cl, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes")))
            y += 16
            doc.text(
                38,
                y,
                f"Payment of {m(total(sv, 'paid'))} was sent to the provider on 02/02/2026 "
                f"(check 00{410772 + len(sv)}).",
                8.5,
                "serif",
            )
            y += 28
        allpaid = sum((total(c.svcs, "paid") for c in claims), ZERO)
        tmj = sum((s.paid for c in claims for s in c.svcs if s.code not in ("D0140", "D0330")), ZERO)
        doc.text(38, y, "Benefit Maximums", 10, "serif", "B")
        y += 13
        mcols = [Col("", 170), Col("Maximum", 70, "r"), Col("Used to date", 70, "r"), Col("Remaining", 70, "r")]
        for row in (
            ["Annual dental maximum", "$1,500.00", m(allpaid), m(Decimal("1500") - allpaid)],
            ["TMJ lifetime maximum", "$1,000.00", m(tmj), m(Decimal("1000") - tmj)],
            ["Annual deductible", "$50.00", "$50.00", "$0.00"],
        ):
            draw_cells(doc, 38, mcols, y, row, 8.5, "serif")
            y += 11
        y += 14
        doc.text(38, y, "Remark Codes", 10, "serif", "B")
        y += 13
        for k, v in legend:
            doc.text(38, y, k, 8.5, "serif", "B")
            doc.text(70, y, v, 8.5, "serif")
            y += 11
        y += 10
        doc.para(
            38,
            y,
            "You have the right to ask for a review of any part of this claim within 180 days of "
            "the date of this statement. Write to Bayview Dental Benefit Company, Appeals Unit, PO Box 3390, "
            "Seabright, DE 19990.",
            536,
            8,
            "serif",
            "I",
        )
        doc.text(306, 760, f"Page {doc.page} of {npages}", 7.5, "serif", align="c")
        return tr

    pages, tr = two_pass("reportlab", False, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "reportlab",
        pages,
        "Dental-carrier EOB (Times) covering TMJ care: numbered lines, dates 01-08-2026, Tooth/Area column "
        "('TMJ'), dental D-codes and medical therapy codes with modifier glued by a hyphen (97140-GP), "
        "Submitted / Maximum Allowed / Deductible / '% Covered' (50%, a number that is not money) / Plan Payment "
        "/ Patient Pays; no units printed; a not-covered G0283 line (not covered is not printed as a column); "
        "Claim Totals; payment sentence under each claim; benefit maximums table; remark legend.",
        tr.lines,
        tr.claims,
        legend,
    )


# ============================================================ p6. TPA grid, landscape, vertical column headers


@layout("p6_tpa_vertical_headers", "reportlab")
def p6(out: Path) -> None:
    name = "p6_tpa_vertical_headers"
    st = PlanState(
        ded_left=Decimal("150.00"),
        coins_rate=Decimal("0.10"),
        copay_codes={"99213": Decimal("20.00")},
        allowed_rate=Decimal("0.85"),
    )
    claims = [
        Claim(
            "AMS-55120",
            "KR2601-004471",
            "Gideon Halvorsen",
            "Aspen Mill Sports Rehab",
            [
                Svc(D(2026, 1, 5), "97161", 1, ("GP",)),
                Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
                Svc(D(2026, 1, 8), "97110", 2, ("GP",)),
                Svc(D(2026, 1, 8), "97140", 2, ("GP",)),
                Svc(D(2026, 1, 8), "G0283", 1, ("GP",)),
            ],
        ),
        Claim(
            "AMS-55121",
            "KR2601-004472",
            "Sigrid Halvorsen",
            "Aspen Mill Sports Rehab",
            [Svc(D(2026, 1, 6), "97530", 2, ("GO",)), Svc(D(2026, 1, 6), "97535", 1, ("GO",))],
        ),
        Claim(
            "RFC-20918",
            "KR2601-004490",
            "Gideon Halvorsen",
            "Riverfork Clinic",
            [Svc(D(2026, 1, 9), "99213", 1, ("25",)), Svc(D(2026, 1, 9), "L3807", 1, ("LT",))],
        ),
    ]
    prior = Claim(
        "AMS-54877",
        "KR2512-009913",
        "Sigrid Halvorsen",
        "Aspen Mill Sports Rehab",
        [Svc(D(2025, 12, 15), "97530", 3, ("GO",)), Svc(D(2025, 12, 15), "97112", 1, ("GO",))],
    )
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st)
    st2 = PlanState(ded_left=ZERO, coins_rate=Decimal("0.10"), allowed_rate=Decimal("0.85"))
    for s in prior.svcs:
        commercial(s, st2)
    reversal = Claim(prior.claim_id, "KR2601-004473", prior.patient, prior.provider, [negate(s) for s in prior.svcs])
    # replacement: same services, the 97112 now denied as not documented (patient not billed)
    repl = Claim(
        prior.claim_id,
        "KR2601-004474",
        prior.patient,
        prior.provider,
        [Svc(D(2025, 12, 15), "97530", 3, ("GO",)), Svc(D(2025, 12, 15), "97112", 1, ("GO",), denied="CO")],
    )
    for s in repl.svcs:
        commercial(s, st2, deny_reason="16")
        if s.denied:
            s.remarks = ["R16"]
    for s in reversal.svcs:
        s.remarks = ["R22"]
    order = [claims[0], claims[1], reversal, repl, claims[2]]
    legend = [
        ("R16", "The claim is missing information we need. The provider may send it again."),
        ("R22", "This line reverses an earlier payment; the claim was processed again below."),
    ]
    heads = [
        ("Patient", 74, "l", False),
        ("Claim No.", 62, "l", False),
        ("Pt Acct", 50, "l", False),
        ("DOS", 44, "l", False),
        ("Procedure", 46, "l", False),
        ("Units", 18, "r", True),
        ("Charges", 44, "r", True),
        ("Discount", 42, "r", True),
        ("Not Covered", 42, "r", True),
        ("Allowed", 44, "r", True),
        ("Deductible", 40, "r", True),
        ("Copay", 34, "r", True),
        ("Coinsurance", 40, "r", True),
        ("Plan Paid", 44, "r", True),
        ("Member Resp", 42, "r", True),
        ("Remark", 34, "c", False),
    ]
    cols = [Col(h, w, a) for h, w, a, _ in heads]
    x0 = 36
    right = x0 + sum(c.w for c in cols)

    def build(doc: Doc, npages: int):
        tr = Truth()

        def header() -> float:
            doc.new_page()
            doc.text(36, 36, "KEYSTONE RIDGE BENEFIT ADMINISTRATORS", 12, style="B")
            doc.text(36, 48, "Third-party administrator for the Harrowgate Manufacturing Employee Health Plan", 8)
            doc.text(756, 36, "EXPLANATION OF BENEFITS", 12, style="B", align="r")
            doc.text(756, 48, f"Page {doc.page} of {npages}", 8, align="r")
            doc.text(36, 66, "Employee: Gideon Halvorsen     Employee ID: HMF-0092718     Plan: Base PPO 2026", 8)
            doc.text(756, 66, "Date processed: 01/30/2026", 8, align="r")
            top = 76
            hh = 52
            doc.rect(x0, top, right - x0, hh, fill=0.9)
            for xc, (h, w, _a, vert) in zip(col_x(x0, cols), heads, strict=True):
                doc.line(xc, top, xc, top + hh, 0.4)
                if vert:
                    doc.vtext(xc + w / 2 + 2.5, top + hh - 4, h, 6.5, style="B")
                else:
                    doc.text(xc + 2, top + hh - 5, h, 6.5, style="B")
            return top + hh

        y = header()
        for cl in order:
            sv = cl.svcs
            if y + 12 * (len(sv) + 1) > 560:
                y = header()
            for i, s in enumerate(sv):
                yt = y
                code = s.code + "".join(s.mods)
                neg = "-"
                vals = [
                    cl.patient if i == 0 else "",
                    cl.payer_claim_id if i == 0 else "",
                    cl.claim_id if i == 0 else "",
                    dfmt(s.dos, "mdy4"),
                    code,
                    units_str(abs(s.units)),
                    m(s.billed, ",", neg),
                    m(s.discount, ",", neg),
                    m(s.not_covered, ",", neg),
                    m(s.allowed, ",", neg),
                    m(s.deductible, ",", neg),
                    m(s.copay, ",", neg),
                    m(s.coinsurance, ",", neg),
                    m(s.paid, ",", neg),
                    m(s.owes, ",", neg),
                    " ".join(s.remarks),
                ]
                draw_cells(doc, x0, cols, yt + 9, vals, 6.6)
                doc.rect(x0, yt, right - x0, 12, stroke=True, lw=0.3)
                for xc in col_x(x0, cols)[1:]:
                    doc.line(xc, yt, xc, yt + 12, 0.3)
                tr.line(
                    doc.page,
                    s,
                    cl,
                    (
                        "billed",
                        "discount",
                        "not_covered",
                        "allowed",
                        "deductible",
                        "copay",
                        "coinsurance",
                        "paid",
                        "patient_owes",
                    ),
                    remarks=s.remarks,
                    overrides={"units": units_str(abs(s.units))},
                    description=False,
                )
                y += 12
            vals = [
                "",
                "Claim subtotal",
                "",
                "",
                "",
                "",
                m(total(sv, "billed"), ","),
                m(total(sv, "discount"), ","),
                m(total(sv, "not_covered"), ","),
                m(total(sv, "allowed"), ","),
                m(total(sv, "deductible"), ","),
                m(total(sv, "copay"), ","),
                m(total(sv, "coinsurance"), ","),
                m(total(sv, "paid"), ","),
                m(total(sv, "owes"), ","),
                "",
            ]
            doc.rect(x0, y, right - x0, 12, fill=0.96, lw=0.3)
            draw_cells(doc, x0, cols, y + 9, vals, 6.6, style="B")
            tr.claim(cl, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes")))
            y += 16
        y += 14
        doc.text(36, y, "Remark codes", 9, style="B")
        y += 12
        for k, v in legend:
            doc.text(36, y, k, 8, style="B")
            doc.text(70, y, v, 8)
            y += 10
        y += 8
        doc.para(
            36,
            y,
            "This plan is self-funded by your employer. Keystone Ridge Benefit Administrators processes "
            "claims for the plan but does not insure it. This is not a bill.",
            700,
            7.5,
        )
        return tr

    pages, tr = two_pass("reportlab", True, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "reportlab",
        pages,
        "TPA (self-funded employer plan) EOB, landscape ruled grid whose numeric column headers are printed "
        "VERTICALLY (rotated 90 degrees) in a tall shaded header row; patient, claim no. and patient account "
        "only on the first row of each claim; code and modifiers glued (97110GP, 9921325); units; no $; "
        "a reversal claim with leading-minus amounts followed by its replacement (a CO-16 denial); "
        "'Claim subtotal' rows; remark legend.",
        tr.lines,
        tr.claims,
        legend,
    )


# ================================================================ p7. a "Your share" paragraph after each claim


@layout("p7_your_share_paragraphs", "fpdf2")
def p7(out: Path) -> None:
    name = "p7_your_share_paragraphs"
    st = PlanState(ded_left=Decimal("120.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.76"))
    claims = [
        Claim(
            "CSL-3391",
            "MH-26-00018842",
            "Finn Strand",
            "Cobblestone Speech & Language",
            [Svc(D(2026, 1, 6), "92523", 1), Svc(D(2026, 1, 6), "92507", 1)],
        ),
        Claim(
            "CSL-3418",
            "MH-26-00021107",
            "Finn Strand",
            "Cobblestone Speech & Language",
            [Svc(D(2026, 1, 13), "92507", 1), Svc(D(2026, 1, 20), "92507", 1), Svc(D(2026, 1, 27), "92507", 1)],
        ),
        Claim(
            "0007731-A",
            "MH-26-00024590",
            "Ophelia Strand",
            "Glenhaven Physical Therapy",
            [
                Svc(D(2026, 1, 15), "97163", 1),
                Svc(D(2026, 1, 15), "97112", 2),
                Svc(D(2026, 1, 15), "0552T", 1, denied="PR"),
            ],
        ),
        Claim(
            "0007802-A",
            "MH-26-00027716",
            "Ophelia Strand",
            "Glenhaven Physical Therapy",
            [Svc(D(2026, 1, 22), "97112", 2), Svc(D(2026, 1, 22), "97116", 1), Svc(D(2026, 1, 22), "97110", 1)],
        ),
    ]
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st, deny_reason="204")
    cols = [
        Col("Date", 70),
        Col("What was done", 170),
        Col("Code", 44),
        Col("Billed", 62, "r"),
        Col("Allowed", 62, "r"),
        Col("Plan paid", 62, "r"),
        Col("Your share", 62, "r"),
    ]
    x0 = 50

    def build(doc: Doc, npages: int):
        tr = Truth()

        def header() -> float:
            doc.new_page()
            doc.rect(50, 30, 8, 30, rgb=(0.16, 0.55, 0.42), stroke=False)
            doc.text(66, 44, "Maplecrest Health Insurance Company", 13, style="B")
            doc.text(66, 57, "Your Explanation of Benefits for January 2026", 9)
            doc.text(562, 44, "Not a bill", 9, style="B", align="r")
            doc.text(562, 760, f"{doc.page} of {npages}", 7.5, align="r", gray=0.4)
            doc.text(50, 760, "Ophelia Strand  -  Member ID MHX-30218845", 7.5, gray=0.4)
            return 86

        y = header()
        doc.para(
            50,
            y,
            "Hello Ophelia. Below is each visit we processed for you and Finn this month, what we paid, "
            "and what your share is. Your provider may send you a bill for your share. If you already paid at the "
            "visit, compare that with the amounts here.",
            512,
            9,
        )
        y += 44
        for cl in claims:
            sv = cl.svcs
            lines_h = 12 * len(sv)
            if y + 130 + lines_h > 740:
                y = header()
            doc.text(
                50,
                y,
                f"{cl.patient}: visit{'s' if len({s.dos for s in sv}) > 1 else ''} to {cl.provider}",
                10.5,
                style="B",
                gray=0.1,
            )
            y += 13
            doc.text(
                50,
                y,
                f"Claim number {cl.payer_claim_id}   |   Your provider's reference: {cl.claim_id}   |   "
                f"Processed {dfmt(D(2026, 1, 29), 'mon')}",
                7.5,
                gray=0.35,
            )
            y += 16
            draw_head(doc, x0, cols, y, 8, style="B")
            doc.line(x0, y + 4, 562, y + 4, 0.8, 0.3)
            y += 15
            for s in sv:
                draw_cells(
                    doc,
                    x0,
                    cols,
                    y,
                    [dfmt(s.dos, "mon"), s.desc, s.code, m(s.billed), m(s.allowed), m(s.paid), m(s.owes)],
                    8.5,
                )
                tr.line(doc.page, s, cl, ("billed", "allowed", "paid", "patient_owes"), units=False)
                y += 12
            doc.line(x0 + 284, y - 8, 562, y - 8, 0.4)
            draw_cells(
                doc,
                x0,
                cols,
                y,
                [
                    "",
                    "Total for this claim",
                    "",
                    m(total(sv, "billed")),
                    m(total(sv, "allowed")),
                    m(total(sv, "paid")),
                    m(total(sv, "owes")),
                ],
                8.5,
                style="B",
            )
            tr.claim(cl, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes")))
            y += 16
            ded, coins, nc = (
                total(sv, "deductible"),
                total(sv, "coinsurance"),
                sum((s.owes for s in sv if s.denied), ZERO),
            )
            saved = total(sv, "discount")
            parts = []
            if ded:
                parts.append(
                    f"{m(ded)} counted toward your deductible (you have "
                    f"{m(st.ded_left if cl is claims[-1] else Decimal('0.00'))} left to meet)"
                )
            if coins:
                parts.append(f"{m(coins)} is your 20% coinsurance")
            if nc:
                parts.append(
                    f"{m(nc)} is for the low-level laser treatment (code 0552T), which your plan does not cover"
                )
            share = "; ".join(parts)
            txt = (
                f"Your share: {m(total(sv, 'owes'))}. Of this, {share}. {cl.provider} is in our network and agreed "
                f"to accept {m(total(sv, 'allowed'))} for the covered services, so you do not owe the other "
                f"{m(saved)} they billed."
            )
            doc.rect(50, y - 4, 512, 4, fill=0.97, stroke=False)
            y2 = doc.para(56, y + 6, txt, 500, 8.5, style="I")
            doc.line(50, y - 4, 50, y2 - 6, 2, 0.6)
            y = y2 + 14
        doc.text(50, y, "Questions? Call Member Services at 1-888-555-0190, Monday-Friday 8 am to 6 pm.", 8.5)
        return tr

    pages, tr = two_pass("fpdf2", False, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "fpdf2",
        pages,
        "Plain-language member EOB: a bold 'Patient: visit to Provider' heading and a grey 'Claim number | Your "
        "provider's reference | Processed' line per claim, a 7-column table (Date 'Jan 6, 2026', What was done, "
        "Code, Billed, Allowed, Plan paid, Your share), 'Total for this claim', then an italic 'Your share: ...' "
        "paragraph that repeats amounts and names a code (deductible, coinsurance, not-covered laser 0552T) - "
        "claim-level prose, not lines; no units or modifiers printed.",
        tr.lines,
        tr.claims,
        [],
    )


# ============================================================= p8. secondary insurance (COB) EOB, adjustment rows


@layout("p8_secondary_cob_eob", "reportlab")
def p8(out: Path) -> None:
    name = "p8_secondary_cob_eob"
    claims = [
        Claim(
            "ELM-66102",
            "LB0126-77410-2",
            "Cosima Tran-Whitfield",
            "Elmstead Pediatric Therapy Group",
            [
                Svc(D(2026, 1, 7), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 7), "97112", 1, ("GO", "59")),
                Svc(D(2026, 1, 14), "97530", 3, ("GO",)),
            ],
            {"primary_rate": Decimal("0.80")},
        ),
        Claim(
            "ELM-66240",
            "LB0126-80025-2",
            "Cosima Tran-Whitfield",
            "Elmstead Pediatric Therapy Group",
            [Svc(D(2026, 1, 21), "92507", 1, ("GN",)), Svc(D(2026, 1, 21), "97535", 1, ("GO",))],
            {"primary_rate": Decimal("0.80")},
        ),
        Claim(
            "00291844",
            "LB0126-81337-1",
            "Arlo Tran-Whitfield",
            "Brookside Orthopaedics",
            [
                Svc(D(2026, 1, 19), "99213", 1),
                Svc(D(2026, 1, 19), "97760", 1, ("GP",)),
                Svc(D(2026, 1, 19), "L3807", 1, ("LT",)),
            ],
            {"primary_rate": Decimal("0.70")},
        ),
    ]
    ded_left = Decimal("25.00")
    for cl in claims:
        for s in cl.svcs:
            s.allowed = q(s.billed * Decimal("0.72"))
            s.discount = s.billed - s.allowed
            prim = q(s.allowed * cl.extra["primary_rate"])
            rest = s.allowed - prim
            s.deductible = min(ded_left, rest)
            ded_left -= s.deductible
            s.paid = rest - s.deductible
            s.owes = s.deductible
            s.adjs = [("CO", "45", s.discount), ("OA", "23", prim)] + (
                [("PR", "1", s.deductible)] if s.deductible else []
            )
            s.extra_prim = prim  # type: ignore[attr-defined]
    legend = [
        ("CO-45", "The provider's charge is above the amount allowed; the provider writes off the difference."),
        ("OA-23", "Amount your primary plan (Orchard Valley Health) already paid."),
        ("PR-1", "Applied to your deductible with this plan."),
    ]
    cols = [
        Col("Service Date", 58),
        Col("Procedure", 44),
        Col("Mod", 32),
        Col("Units", 28, "c"),
        Col("Billed", 58, "r"),
        Col("Primary Plan\nPaid", 60, "r"),
        Col("Allowed", 58, "r"),
        Col("Deductible", 56, "r"),
        Col("Lantern Bay\nPaid", 62, "r"),
        Col("You Owe", 56, "r"),
    ]
    x0 = 45

    def build(doc: Doc, npages: int):
        tr = Truth()

        def header() -> float:
            doc.new_page()
            doc.text(45, 40, "Lantern Bay Mutual", 15, style="B", gray=0.2)
            doc.text(45, 53, "Explanation of Benefits - Secondary Coverage", 9.5)
            doc.text(567, 40, "Statement date 01/31/2026", 8.5, align="r")
            doc.text(567, 52, f"Page {doc.page} of {npages}", 8.5, align="r")
            doc.line(45, 62, 567, 62, 0.8)
            return 82

        y = header()
        doc.text(45, y, "Member: Priya Tran-Whitfield     Member ID: LBM-4417-06628     Group: 88014", 8.5)
        y += 14
        doc.para(
            45,
            y,
            "Lantern Bay is your SECONDARY plan. We processed these claims after your primary plan, "
            "Orchard Valley Health, paid its share. Our payment helps cover what the primary plan left over.",
            522,
            8.5,
        )
        y += 36
        for cl in claims:
            sv = cl.svcs
            if y + 60 + 22 * len(sv) > 735:
                y = header()
            doc.rect(45, y - 10, 522, 26, fill=0.94, stroke=False)
            doc.text(49, y, f"Patient: {cl.patient}", 8.5, style="B")
            doc.text(260, y, f"Claim Number: {cl.payer_claim_id}", 8.5, style="B")
            doc.text(49, y + 11, f"Provider: {cl.provider}", 8)
            doc.text(260, y + 11, f"Provider Claim ID: {cl.claim_id}", 8)
            doc.text(430, y + 11, "Primary: Orchard Valley Health", 8)
            y += 30
            yh = draw_head(doc, x0, cols, y, 7.2)
            doc.line(x0, yh + 3, 567, yh + 3, 0.5)
            y = yh + 13
            for s in sv:
                vals = [
                    dfmt(s.dos, "mdy2"),
                    s.code,
                    " ".join(s.mods),
                    units_str(s.units),
                    m(s.billed),
                    m(s.extra_prim),
                    m(s.allowed),
                    m(s.deductible),
                    m(s.paid),
                    m(s.owes),
                ]
                draw_cells(doc, x0, cols, y, vals, 7.8)
                adj = "    ".join(f"{g}-{r}  {m(a)}" for g, r, a in s.adjs)
                doc.text(x0 + 60, y + 10, f"Adjustments:  {adj}", 7, style="I", gray=0.3)
                tr.line(
                    doc.page,
                    s,
                    cl,
                    ("billed", "allowed", "deductible", "paid", "patient_owes"),
                    adjustments=s.adjs,
                    description=False,
                )
                y += 23
            doc.line(x0, y - 9, 567, y - 9, 0.4)
            tot = [
                total(sv, "billed"),
                sum((s.extra_prim for s in sv), ZERO),
                total(sv, "allowed"),
                total(sv, "deductible"),
                total(sv, "paid"),
                total(sv, "owes"),
            ]
            draw_cells(doc, x0, cols, y, ["Claim Total", "", "", ""] + [m(t) for t in tot], 7.8, style="B")
            tr.claim(cl, claim_totals(tot[0], tot[2], tot[4], tot[5]))
            y += 28
        doc.text(45, y, "Adjustment codes", 9.5, style="B")
        y += 12
        for k, v in legend:
            doc.text(49, y, k, 8, style="B")
            doc.text(95, y, v, 8)
            y += 10.5
        return tr

    pages, tr = two_pass("reportlab", False, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "reportlab",
        pages,
        "Secondary-coverage (coordination of benefits) member EOB: shaded claim header with Claim Number and "
        "Provider Claim ID; columns Service Date (01/07/26) / Procedure / Mod ('GO 59') / Units / Billed / "
        "Primary Plan Paid (another payer's payment, NOT this plan's) / Allowed / Deductible / Lantern Bay Paid "
        "/ You Owe; an italic 'Adjustments: CO-45 $x OA-23 $y PR-1 $z' sub-row under every line; Claim Total "
        "rows; adjustment-code legend.",
        tr.lines,
        tr.claims,
        legend,
    )


# ==================================================== p9. HDHP employer plan with "Paid from your account" (HSA)


@layout("p9_hsa_paid_from_account", "fpdf2")
def p9(out: Path) -> None:
    name = "p9_hsa_paid_from_account"
    st = PlanState(ded_left=Decimal("300.00"), coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.81"))
    claims = [
        Claim(
            "SVR-118204",
            "IBP2601290041",
            "Wendell Achterberg",
            "Stonevale Rehabilitation",
            [Svc(D(2026, 1, 12), "97163", 1, ("GP",)), Svc(D(2026, 1, 12), "97140", 2, ("GP",))],
        ),
        Claim(
            "SVR-118377",
            "IBP2601290087",
            "Wendell Achterberg",
            "Stonevale Rehabilitation",
            [
                Svc(D(2026, 1, 19), "97110", 3, ("GP",)),
                Svc(D(2026, 1, 19), "97140", 1, ("GP",)),
                Svc(D(2026, 1, 19), "G0283", 1, ("GP",)),
            ],
        ),
        Claim(
            "4410277",
            "IBP2601300112",
            "Poppy Achterberg",
            "Thistledown Kids Therapy",
            [Svc(D(2026, 1, 21), "97167", 1, ("GO",)), Svc(D(2026, 1, 21), "97530", 2, ("GO",))],
        ),
    ]
    hsa = Decimal("410.00")
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st)
            share = s.deductible + s.coinsurance
            s.acct = min(hsa, share)  # type: ignore[attr-defined]
            hsa -= s.acct
            s.owes = share - s.acct
    cols = [
        Col("Date of\nservice", 44),
        Col("Service", 96),
        Col("Code", 44),
        Col("Billed", 42, "r"),
        Col("Discount", 42, "r"),
        Col("Allowed", 42, "r"),
        Col("Deductible", 44, "r"),
        Col("Coinsurance", 46, "r"),
        Col("Plan paid", 42, "r"),
        Col("Paid from\nyour account", 56, "r"),
        Col("You owe", 40, "r"),
    ]
    x0 = 30

    def build(doc: Doc, npages: int):
        tr = Truth()
        doc.new_page()
        doc.rect(0, 0, 612, 8, rgb=(0.55, 0.2, 0.1), stroke=False)
        doc.text(30, 38, "Ironwood Benefit Partners", 14, "serif", "B")
        doc.text(30, 51, "on behalf of the Calloway Logistics Health Savings Plan (HDHP)", 8.5, "serif", "I")
        doc.text(582, 38, "EXPLANATION OF BENEFITS", 10, style="B", align="r")
        doc.text(582, 50, "Issued 2/2/2026  -  This is not a bill", 8, align="r")
        y = 78
        doc.text(30, y, "Wendell Achterberg  |  ID IBP-5520-1847  |  Family coverage", 8.5)
        y += 12
        doc.para(
            30,
            y,
            "Your plan has a deductible, so you pay the allowed amount until it is met. When your health "
            "savings account (HSA) has money in it and you chose automatic payment, we pay your share from the "
            "account and show it under 'Paid from your account'. 'You owe' is what is left.",
            552,
            8,
        )
        y += 40
        for cl in claims:
            sv = cl.svcs
            doc.text(30, y, f"{cl.patient}  -  {cl.provider}", 9.5, style="B")
            doc.text(582, y, f"Claim {cl.payer_claim_id}   Patient account {cl.claim_id}", 7.5, align="r")
            y += 8
            doc.rect(30, y, 552, 20, fill=0.92, stroke=False)
            draw_head(doc, x0, cols, y + 8, 6.8, lead=8)
            y += 30
            for s in sv:
                vals = [
                    dfmt(s.dos, "mdyn"),
                    short(s.desc, 24),
                    s.code + "-" + s.mods[0],
                    m(s.billed),
                    m(s.discount),
                    m(s.allowed),
                    m(s.deductible),
                    m(s.coinsurance),
                    m(s.paid),
                    m(s.acct),
                    m(s.owes),
                ]
                draw_cells(doc, x0, cols, y, vals, 7)
                t = truth_line(
                    doc.page,
                    s,
                    claim_id=cl.claim_id,
                    payer_claim_id=cl.payer_claim_id,
                    patient=cl.patient,
                    printed=("billed", "discount", "allowed", "deductible", "coinsurance", "paid", "patient_owes"),
                    units=False,
                    overrides={"description": short(s.desc, 24)},
                )
                t["account_paid"] = str(q(s.acct))  # printed 'Paid from your account' (information, not scored)
                tr.lines.append(t)
                y += 11
            doc.line(30, y - 7, 582, y - 7, 0.5)
            tot = [total(sv, k) for k in ("billed", "discount", "allowed", "deductible", "coinsurance", "paid")]
            acc = sum((s.acct for s in sv), ZERO)
            draw_cells(
                doc,
                x0,
                cols,
                y + 1,
                ["", "Claim total", ""] + [m(t) for t in tot] + [m(acc), m(total(sv, "owes"))],
                7,
                style="B",
            )
            tr.claim(cl, claim_totals(tot[0], tot[2], tot[5], total(sv, "owes")))
            y += 28
        doc.text(30, y, "Your health savings account", 9.5, style="B")
        y += 13
        for k, v in (
            ("Balance before these claims", "$410.00"),
            ("Paid to providers from your account", m(Decimal("410.00") - hsa)),
            ("Balance now", m(hsa)),
        ):
            doc.text(36, y, k, 8)
            doc.text(260, y, v, 8, align="r")
            y += 10.5
        y += 10
        doc.text(
            30,
            y,
            "Deductible (family): $3,200.00     Met so far: "
            + m(Decimal("300.00") - st.ded_left)
            + "     Out-of-pocket limit (family): $7,000.00",
            8,
        )
        doc.text(306, 765, "Page 1 of 1", 7, align="c")
        return tr

    pages, tr = two_pass("fpdf2", False, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "fpdf2",
        pages,
        "High-deductible employer plan EOB (TPA): per claim a bold 'patient - provider' line with 'Claim ... "
        "Patient account ...' at the right, a shaded two-line header band, columns Date of service (1/12/2026) "
        "/ Service / Code (97163-GP) / Billed / Discount / Allowed / Deductible / Coinsurance / Plan paid / Paid "
        "from your account (HSA auto-pay, part of the patient's share; line key account_paid, not scored) / You "
        "owe (what is left after the account paid); no units; Claim total rows; HSA balance box.",
        tr.lines,
        tr.claims,
        [],
    )


# ========================================================= p10. pediatric therapy network family statement


@layout("p10_peds_network_statement", "fpdf2")
def p10(out: Path) -> None:
    name = "p10_peds_network_statement"
    st = PlanState(ded_left=ZERO, allowed_rate=Decimal("0.80"), visit_copay=Decimal("15.00"))
    ot, pt, slp = "Kirra Ostrander, OTR/L", "Josue Baptiste, DPT", "Mireille Castellanos, CCC-SLP"
    rows = [  # child, therapist, discipline, svc, our claim #, insurer claim #, status
        ("Nora Achebe-Lind", ot, "OT", Svc(D(2026, 1, 5), "97530", 2, ("GO",)), "LSN-80412", "CVH7720114", "Paid"),
        ("Nora Achebe-Lind", ot, "OT", Svc(D(2026, 1, 5), "97112", 1, ("GO",)), "LSN-80412", "CVH7720114", "Paid"),
        ("Theo Achebe-Lind", slp, "ST", Svc(D(2026, 1, 6), "92507", 1, ("GN",)), "LSN-80431", "CVH7720190", "Paid"),
        ("Nora Achebe-Lind", ot, "OT", Svc(D(2026, 1, 12), "97530", 3, ("GO",)), "LSN-80519", "CVH7721042", "Paid"),
        ("Nora Achebe-Lind", ot, "OT", Svc(D(2026, 1, 12), "97535", 1, ("GO",)), "LSN-80519", "CVH7721042", "Paid"),
        ("Ada Achebe-Lind", pt, "PT", Svc(D(2026, 1, 8), "97161", 1, ("GP",)), "LSN-80466", "CVH7720588", "Paid"),
        ("Ada Achebe-Lind", pt, "PT", Svc(D(2026, 1, 8), "97116", 1, ("GP",)), "LSN-80466", "CVH7720588", "Paid"),
        ("Theo Achebe-Lind", slp, "ST", Svc(D(2026, 1, 13), "92507", 1, ("GN",)), "LSN-80544", "CVH7721230", "Paid"),
        (
            "Theo Achebe-Lind",
            slp,
            "ST",
            Svc(D(2026, 1, 13), "92526", 1, ("GN",), denied="PR"),
            "LSN-80544",
            "CVH7721230",
            "Denied",
        ),
        ("Ada Achebe-Lind", pt, "PT", Svc(D(2026, 1, 15), "97110", 2, ("GP",)), "LSN-80602", "CVH7721777", "Paid"),
        ("Ada Achebe-Lind", pt, "PT", Svc(D(2026, 1, 15), "97112", 2, ("GP",)), "LSN-80602", "CVH7721777", "Paid"),
        ("Nora Achebe-Lind", ot, "OT", Svc(D(2026, 1, 19), "97530", 2, ("GO",)), "LSN-80688", "CVH7722301", "Paid"),
        (
            "Nora Achebe-Lind",
            ot,
            "OT",
            Svc(D(2026, 1, 19), "97760", 1, ("GO", "RT")),
            "LSN-80688",
            "CVH7722301",
            "Paid",
        ),
        ("Theo Achebe-Lind", slp, "ST", Svc(D(2026, 1, 20), "92507", 1, ("GN",)), "LSN-80701", "CVH7722415", "Paid"),
        ("Ada Achebe-Lind", pt, "PT", Svc(D(2026, 1, 22), "97110", 2, ("GP",)), "LSN-80733", "CVH7722690", "Paid"),
        ("Ada Achebe-Lind", pt, "PT", Svc(D(2026, 1, 22), "97140", 1, ("GP",)), "LSN-80733", "CVH7722690", "Paid"),
        ("Nora Achebe-Lind", ot, "OT", Svc(D(2026, 1, 26), "97530", 3, ("GO",)), "LSN-80790", "CVH7723012", "Pending"),
        ("Theo Achebe-Lind", slp, "ST", Svc(D(2026, 1, 27), "92507", 1, ("GN",)), "LSN-80812", "CVH7723098", "Pending"),
    ]
    for r in rows:
        if r[6] != "Pending":
            commercial(r[3], st)
    cols = [
        Col("Our Claim #", 54),
        Col("Insurer Claim #", 60),
        Col("Child", 74),
        Col("Date", 40),
        Col("Therapist", 112),
        Col("Disc.", 24, "c"),
        Col("CPT", 30),
        Col("Mod", 34),
        Col("Units", 24, "c"),
        Col("Billed", 46, "r"),
        Col("Allowed", 46, "r"),
        Col("Plan Paid", 46, "r"),
        Col("Family Owes", 52, "r"),
        Col("Status", 40),
    ]
    x0 = 34
    right = x0 + sum(c.w for c in cols)
    children = ["Nora Achebe-Lind", "Theo Achebe-Lind", "Ada Achebe-Lind"]

    def build(doc: Doc, npages: int):
        tr = Truth()

        def header() -> float:
            doc.new_page()
            doc.text(34, 36, "Little Steps Pediatric Therapy Network", 14, style="B", gray=0.15)
            doc.text(34, 48, "Family Insurance Statement  -  services January 1-31, 2026", 8.5)
            doc.text(758, 36, "Family account: ACH-20931", 8.5, align="r")
            doc.text(758, 48, "Insurance: Clearview Health (member ID CVH-9902176)", 8.5, align="r")
            top = 60
            if doc.page == 1:
                doc.text(34, 74, "Zainab Achebe-Lind", 9, style="B")
                doc.text(34, 85, "77 Brambleton Court", 8.5)
                doc.text(34, 96, "Maple Hollow, IA 50990", 8.5)
                doc.rect(420, 64, 338, 50, fill=0.96)
                doc.para(
                    428,
                    76,
                    "This statement lists every therapy session we billed to Clearview Health for "
                    "your children last month and what the insurer decided. It is not a bill: your monthly "
                    "bill comes separately and includes only the 'Family Owes' amounts.",
                    322,
                    7.8,
                )
                doc.text(34, 130, "Your children's therapists", 9.5, style="B")
                yy = 142
                for who, what in (
                    (ot, "occupational therapy (OT) - Nora"),
                    (slp, "speech therapy (ST) - Theo"),
                    (pt, "physical therapy (PT) - Ada"),
                ):
                    doc.text(40, yy, f"{who}: {what}", 8.2)
                    yy += 11
                doc.text(34, 190, "Sessions billed to insurance", 9.5, style="B")
                top = 198
            doc.rect(x0, top, right - x0, 14, rgb=(0.86, 0.92, 0.97), stroke=False)
            draw_head(doc, x0, cols, top + 10, 7)
            if doc.page == 1:
                return top + 26
            doc.text(758, 588, f"Page {doc.page} of {npages}", 7.5, align="r")
            doc.text(
                34,
                588,
                "Little Steps Pediatric Therapy Network  -  3350 Orchard Crest Blvd, Maple Hollow, "
                "IA 50990  -  billing@littlesteps.example",
                7,
                gray=0.4,
            )
            return 86

        y = header()
        claims_seen: dict[tuple[str, str], Claim] = {}
        for child in children:
            mine = [r for r in rows if r[0] == child]
            for r in mine:
                if y > 450:
                    y = header()
                ch, ther, disc, s, ours, theirs, status = r
                pending = status == "Pending"
                vals = [
                    ours,
                    theirs,
                    ch,
                    dfmt(s.dos, "mdy2"),
                    ther,
                    disc,
                    s.code,
                    " ".join(s.mods),
                    units_str(s.units),
                    m(s.billed, ","),
                    "-" if pending else m(s.allowed, ","),
                    "-" if pending else m(s.paid, ","),
                    "-" if pending else m(s.owes, ","),
                    status,
                ]
                draw_cells(doc, x0, cols, y, vals, 7)
                doc.line(x0, y + 3.5, right, y + 3.5, 0.2, 0.8)
                cl = claims_seen.setdefault((ours, theirs), Claim(ours, theirs, ch, "Little Steps", []))
                cl.svcs.append(s)
                printed = ("billed",) if pending else ("billed", "allowed", "paid", "patient_owes")
                tr.line(doc.page, s, cl, printed, description=False, overrides={"therapist": ther})
                y += 13
            done = [r[3] for r in mine if r[6] != "Pending"]
            draw_cells(
                doc,
                x0,
                cols,
                y,
                [
                    "",
                    "",
                    f"Subtotal, {child.split()[0]}",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    m(total([r[3] for r in mine], "billed"), ","),
                    m(total(done, "allowed"), ","),
                    m(total(done, "paid"), ","),
                    m(total(done, "owes"), ","),
                    "",
                ],
                7,
                style="B",
            )
            y += 20
        for cl in claims_seen.values():
            tr.claim(cl, claim_totals())
        if y > 500:
            y = header()
        allsv = [r[3] for r in rows]
        done = [r[3] for r in rows if r[6] != "Pending"]
        doc.text(
            34,
            y,
            f"Family total billed {m(total(allsv, 'billed'))}   Insurance paid {m(total(done, 'paid'))}   "
            f"Family owes {m(total(done, 'owes'))}",
            8.5,
            style="B",
        )
        y += 14
        doc.para(
            34,
            y,
            "Pending lines are still with Clearview Health; we will show the insurer's decision on next "
            "month's statement. Feeding therapy (92526) was denied because the plan needs a prior authorization; "
            "we have asked for one and will resubmit. Your $15.00 copay applies once per visit day.",
            720,
            8,
        )
        return tr

    pages, tr = two_pass("fpdf2", True, build, out / f"{name}.pdf")
    for ln in tr.lines:  # keep the truth format's keys; the therapist stays in the description field
        ln["description"] = None
        ln.pop("therapist", None)
    write_truth(
        out / f"{name}.pdf",
        name,
        "fpdf2",
        pages,
        "Pediatric therapy network's family statement (landscape): one flat row per service with Our Claim # / "
        "Insurer Claim # / Child / Date 01/05/26 / Therapist with credentials / Disc. (OT, PT, ST) / CPT / Mod "
        "('GO RT') / Units / Billed / Allowed / Plan Paid / Family Owes / Status (Paid, Denied, Pending); "
        "pending lines print '-' for the insurer's amounts (null in truth); rows grouped by child with "
        "'Subtotal, Nora' rows (not claim totals: no claim total is printed); header repeated on page 2; "
        "explanatory paragraph naming a code.",
        tr.lines,
        tr.claims,
        [],
    )


# ============================================ p11. provider remittance, one row per adjustment (reportlab)


@layout("p11_remit_row_per_adjustment", "reportlab")
def p11(out: Path) -> None:
    name = "p11_remit_row_per_adjustment"
    st = PlanState(
        ded_left=Decimal("90.00"),
        coins_rate=Decimal("0.20"),
        copay_codes={"99213": Decimal("40.00")},
        allowed_rate=Decimal("0.77"),
    )
    claims = [
        Claim(
            "QHR-20931",
            "6042600117",
            "HOLLOWAY, SIMONE",
            "",
            [
                Svc(D(2026, 1, 5), "97110", 2, ("GP",)),
                Svc(D(2026, 1, 5), "97140", 1, ("GP",)),
                Svc(D(2026, 1, 5), "97112", 1, ("GP", "59")),
            ],
            {"mid": "QXH0042281"},
        ),
        Claim(
            "QHR-20977",
            "6042600342",
            "DUMONT-AKANA, FELIX",
            "",
            [
                Svc(D(2026, 1, 7), "97165", 1, ("GO",)),
                Svc(D(2026, 1, 7), "97530", 2, ("GO",)),
                Svc(D(2026, 1, 7), "97760", 1, ("GO",)),
                Svc(D(2026, 1, 7), "L3807", 1, ("GO", "RT")),
            ],
            {"mid": "QXH0107735"},
        ),
        Claim(
            "QHR-21004",
            "6042600519",
            "MARSH, EUGENIE",
            "",
            [
                Svc(D(2026, 1, 9), "99213", 1),
                Svc(D(2026, 1, 9), "97140", 2, ("GP",)),
                Svc(D(2026, 1, 9), "G0283", 1, ("GP",)),
            ],
            {"mid": "QXH0091460"},
        ),
    ]
    for cl in claims:
        for s in cl.svcs:
            commercial(s, st)
    # the 97140 with 99213 the same day is bundled: no payment, contractual write-off, remark
    b = claims[2].svcs[1]
    b.allowed, b.discount, b.deductible, b.coinsurance, b.copay, b.paid, b.owes = (ZERO,) * 7
    b.adjs = [("CO", "97", b.billed)]
    b.remarks = ["N20"]
    claims[1].svcs[0].remarks = ["N130"]
    old = Claim(
        "QHR-20744",
        "6042511880",
        "HOLLOWAY, SIMONE",
        "",
        [Svc(D(2025, 12, 29), "97110", 3, ("GP",)), Svc(D(2025, 12, 29), "97140", 1, ("GP",))],
        {"mid": "QXH0042281"},
    )
    st_old = PlanState(ded_left=ZERO, coins_rate=Decimal("0.20"), allowed_rate=Decimal("0.77"))
    for s in old.svcs:
        commercial(s, st_old)
    rev = Claim(
        old.claim_id,
        "6042600601",
        old.patient,
        "",
        [negate(s) for s in old.svcs],
        {"mid": old.extra["mid"], "status": "22 - REVERSAL OF PREVIOUS PAYMENT"},
    )
    order = claims + [rev]
    legend = [
        ("CO-45", "Charge above the contracted rate; written off by the provider."),
        ("CO-97", "Included in the payment for another service on the same day."),
        ("PR-1", "Patient deductible."),
        ("PR-2", "Patient coinsurance."),
        ("PR-3", "Patient copay."),
        ("N20", "Not paid separately with another service done the same day."),
        ("N130", "Check the member's plan for limits on this benefit."),
    ]
    cols = [
        Col("Svc Date", 40),
        Col("Proc", 32),
        Col("Mod", 34),
        Col("Units", 30, "r"),
        Col("Billed", 50, "r"),
        Col("Allowed", 50, "r"),
        Col("Paid", 50, "r"),
        Col("Grp", 26, "c"),
        Col("Rsn", 26, "c"),
        Col("Adj Amt", 50, "r"),
        Col("Rmk", 38, "c"),
        Col("Pt Resp", 50, "r"),
    ]
    x0 = 42
    right = x0 + sum(c.w for c in cols)

    def build(doc: Doc, npages: int):
        tr = Truth()

        def header() -> float:
            doc.new_page()
            doc.text(42, 40, "GRANITE SHORE HEALTH PLANS", 13, style="B")
            doc.text(42, 52, "Explanation of Payment - Provider Remittance", 8.5)
            doc.text(570, 40, "Check/EFT #: 880144129", 8, align="r")
            doc.text(570, 50, "Issue date: 01/30/2026", 8, align="r")
            doc.text(570, 60, f"Page {doc.page} of {npages}", 8, align="r")
            doc.text(42, 66, "Payee: Quarry Hill Rehabilitation Associates   NPI 1093857721   TIN 47-1182093", 8)
            doc.line(42, 72, 570, 72, 1)
            return 90

        y = header()
        for cl in order:
            sv = cl.svcs
            nrows = sum(max(1, len(s.adjs)) for s in sv)
            if y + 46 + 10 * nrows > 730:
                y = header()
            neg = "()"
            doc.text(42, y, f"Patient: {cl.patient}", 7.8, style="B")
            doc.text(200, y, f"Member ID: {cl.extra['mid']}", 7.8)
            doc.text(320, y, f"Patient Acct: {cl.claim_id}", 7.8)
            doc.text(450, y, f"Claim #: {cl.payer_claim_id}", 7.8)
            doc.text(42, y + 10, "Status: " + cl.extra.get("status", "1 - PROCESSED AS PRIMARY"), 7.4)
            y += 22
            draw_head(doc, x0, cols, y, 7)
            doc.line(x0, y + 3, right, y + 3, 0.4)
            y += 12
            for s in sv:
                for k, (g, r, a) in enumerate(s.adjs or [("", "", None)]):
                    if k == 0:
                        vals = [
                            dfmt(s.dos, "mdy6"),
                            s.code,
                            " ".join(s.mods),
                            f"{abs(s.units):.2f}",
                            m(s.billed, ",", neg),
                            m(s.allowed, ",", neg),
                            m(s.paid, ",", neg),
                            g,
                            r,
                            m(a, ",", neg) if a is not None else "",
                            " ".join(s.remarks),
                            m(s.owes, ",", neg),
                        ]
                    else:
                        vals = ["", "", "", "", "", "", "", g, r, m(a, ",", neg), "", ""]
                    draw_cells(doc, x0, cols, y, vals, 7.2)
                    y += 9.5
                tr.line(
                    doc.page,
                    s,
                    cl,
                    ("billed", "allowed", "paid", "patient_owes"),
                    adjustments=s.adjs,
                    remarks=s.remarks,
                    description=False,
                    overrides={"units": units_str(abs(s.units))},
                )
                y += 1.5
            doc.line(x0, y - 7, right, y - 7, 0.3)
            vals = [
                "CLAIM TOTAL",
                "",
                "",
                "",
                m(total(sv, "billed"), ",", neg),
                m(total(sv, "allowed"), ",", neg),
                m(total(sv, "paid"), ",", neg),
                "",
                "",
                m(sum((a for s in sv for _g, _r, a in s.adjs), ZERO), ",", neg),
                "",
                m(total(sv, "owes"), ",", neg),
            ]
            draw_cells(doc, x0, cols, y + 1, vals, 7.2, style="B")
            tr.claim(cl, claim_totals(total(sv, "billed"), total(sv, "allowed"), total(sv, "paid"), total(sv, "owes")))
            y += 24
        if y + 120 > 740:
            y = header()
        allsv = [s for c in order for s in c.svcs]
        doc.rect(42, y - 10, 528, 40, fill=0.95)
        doc.text(
            48,
            y + 2,
            f"Claims: {len(order)}     Total billed: {m(total(allsv, 'billed'), ',', '()')}     "
            f"Total paid: {m(total(allsv, 'paid'), ',', '()')}",
            8,
            style="B",
        )
        doc.text(
            48,
            y + 14,
            f"Check/EFT amount: {m(total(allsv, 'paid'))}     Patient responsibility: "
            f"{m(total(allsv, 'owes'), ',', '()')}",
            8,
        )
        y += 46
        doc.text(42, y, "Code descriptions", 9, style="B")
        y += 12
        for k, v in legend:
            doc.text(46, y, k, 7.5, style="B")
            doc.text(90, y, v, 7.5)
            y += 9.5
        return tr

    pages, tr = two_pass("reportlab", False, build, out / f"{name}.pdf")
    write_truth(
        out / f"{name}.pdf",
        name,
        "reportlab",
        pages,
        "Commercial payer provider remittance (explanation of payment) with ONE ROW PER ADJUSTMENT: the first "
        "row of a service carries date (MMDDYY 010526), Proc, Mod ('GP 59', 'GO RT'), Units '2.00', Billed, "
        "Allowed, Paid, the first Grp/Rsn/Adj Amt, Rmk and Pt Resp; each further adjustment is a row with only "
        "Grp / Rsn / Adj Amt. Claim header lines (Patient, Member ID, Patient Acct, Claim #, Status); CLAIM "
        "TOTAL rows; a bundled CO-97 line; a reversal claim (status 22) with amounts in parentheses; payment "
        "summary box; code descriptions.",
        tr.lines,
        tr.claims,
        legend,
    )


# ========================================================================================= self-check

AMOUNTS = ("billed", "allowed", "paid", "patient_owes", "deductible", "copay", "coinsurance", "not_covered", "discount")
DATE_STYLES = ("mdy2", "mdy4", "mdY8", "mdy6", "mon", "month", "mdyn", "iso", "dmy")


def _forms(a: str) -> set[str]:
    x = abs(Decimal(a))
    return {f"{x:,.2f}", f"{x:.2f}"}


def _dates(iso: str) -> set[str]:
    d = date.fromisoformat(iso)
    return {dfmt(d, s) for s in DATE_STYLES} | {dash_date(d)}


def _dec(v: str | None) -> Decimal | None:
    return None if v is None else Decimal(v)


def check_file(tp: Path) -> int:
    import pdfplumber

    from eobreader.values import clean_text

    t = json.loads(tp.read_text(encoding="utf-8"))
    problems = 0

    def bad(*msg: object) -> None:
        nonlocal problems
        print(tp.name, *msg)
        problems += 1

    with pdfplumber.open(tp.with_name(tp.name.removesuffix(".truth.json"))) as pdf:
        if len(pdf.pages) != t["pages"]:
            bad("page count", len(pdf.pages), "truth says", t["pages"])
        texts = [clean_text(p.extract_text()) for p in pdf.pages]
    whole = " ".join(texts)
    for ln in t["lines"]:
        txt = texts[ln["page"] - 1]
        wanted = [(k, ln[k]) for k in AMOUNTS if ln[k] is not None]
        wanted += [("adjustment", a[2]) for a in ln["adjustments"] if a[2] is not None]
        for k, v in wanted:
            if not any(f in txt for f in _forms(v)):
                bad("not on page", ln["page"], k, v, ln["code"])
        for k in ("code", "units"):
            if ln[k] is not None and ln[k] not in txt:
                bad(k, "not on page", ln[k])
        for mod in ln["modifiers"]:
            if mod not in txt:
                bad("modifier not on page", mod)
        for r in ln["remarks"]:
            if r not in txt:
                bad("remark not on page", r)
        for g, r, _ in ln["adjustments"]:
            if g not in txt or r not in txt:
                bad("adjustment code not on page", g, r)
        for k in ("service_date", "service_end"):
            if ln[k] and not (
                _dates(ln[k]) & set(txt.replace(",", ", ").split()) or any(f in txt for f in _dates(ln[k]))
            ):
                bad(k, "not on page", ln[k])
        for k in ("claim_id", "payer_claim_id", "patient"):
            if ln[k] and ln[k] not in txt and ln[k] not in whole:
                bad(k, "not in the document", ln[k])
        b, dsc, nc, al = (_dec(ln[k]) for k in ("billed", "discount", "not_covered", "allowed"))
        de, cp, co, pd, ow = (_dec(ln[k]) for k in ("deductible", "copay", "coinsurance", "paid", "patient_owes"))
        adj = ln["adjustments"]
        other = sum((Decimal(a[2]) for a in adj if a[2] and (a[0], a[1]) in {("OA", "23"), ("CO", "253")}), ZERO)
        acct = _dec(ln.get("account_paid"))
        if None not in (b, dsc, al) and b - dsc - (nc or 0) != al:
            bad("billed - discount - not covered != allowed", ln["code"], b, dsc, nc, al)
        if None not in (al, pd):
            if de is not None and co is not None:
                share = de + (cp or 0) + co
            elif ow is not None and (al or pd):
                share = ow + (acct or 0)
            else:
                share = de if de is not None else None
            if share is not None and al - share - other != pd:
                bad("allowed - patient share - other != paid", ln["code"], al, share, other, pd)
        if ow is not None and None not in (de, co) and not (nc and ow == nc) and (nc or 0) == 0:
            if de + (cp or 0) + co - (acct or 0) != ow:
                bad("patient owes != its parts", ln["code"], ow, de, cp, co, acct)
        if adj and None not in (b, pd) and all(a[2] is not None for a in adj):
            if b - sum(Decimal(a[2]) for a in adj) != pd:
                bad("billed - adjustments != paid", ln["code"], b, pd, adj)
    mismatches = 0
    for c in t["claims"]:
        lines = [
            ln for ln in t["lines"] if ln["payer_claim_id"] == c["payer_claim_id"] and ln["claim_id"] == c["claim_id"]
        ]
        if not lines:
            bad("claim without lines", c)
        for k, v in c["totals"].items():
            vals = [ln[k] for ln in lines]
            if v is None or not vals or None in vals:
                continue
            s = sum(Decimal(x) for x in vals)
            if s != Decimal(v):
                key = c["payer_claim_id"] or c["claim_id"]
                planted = any(key in f for f in t["expected_findings"])
                mismatches += 1
                print(tp.name, "TOTAL MISMATCH", key, k, v, "lines", s, "(planted)" if planted else "(NOT PLANTED)")
                if not planted:
                    problems += 1
    if len(t["expected_findings"]) > mismatches:
        bad("an expected finding is not a real mismatch")
    print(
        f"{tp.name}: {t['pages']} pages, {len(t['lines'])} lines, {len(t['claims'])} claims, "
        f"{len(t['legend'])} legend entries, {len(t['expected_findings'])} expected findings"
    )
    return problems


# =============================================================================================== main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", help="output folder (default: a new temp folder)")
    ap.add_argument("--check", action="store_true", help="self-check the written files")
    ap.add_argument("--only", nargs="*", help="layout names (default: all)")
    a = ap.parse_args(argv)
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="eob_heldout4_"))
    samples = (ROOT / "samples").resolve()
    if out.resolve() == samples or samples in out.resolve().parents:
        print("refusing to write held-out layouts under samples/ (the reader must not be tuned on them)")
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for name, (_producer, fn) in LAYOUTS.items():
        if a.only and name not in a.only:
            continue
        fn(out)
    print(out)
    if a.check:
        problems = sum(check_file(tp) for tp in sorted(out.glob("*.pdf.truth.json")))
        print("problems:", problems)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
