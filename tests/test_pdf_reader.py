"""The PDF reader: geometry from synthetic word lists (no PDF needed), then the dev samples against
their truth files, then hostile files."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pdfwords import page, words_at

from eobreader.sources.pdf import PdfReader, parse_labels, parse_pages
from eobreader.sources.pdf_layout import TextLine, cut, find_header, group_lines, token_kind
from eobreader.sources.pdf_words import Word
from eobreader.vocab import Field

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "pdf"


def spaced(y: float, x: float, text: str, size: float = 8.0, ch: float = 4.8) -> list[Word]:
    """Fixed-width text: every character ``ch`` wide, words split on spaces (a Courier line)."""
    out = []
    pos = 0
    for part in text.split(" "):
        if part:
            out.append(Word(part, x + pos * ch, x + (pos + len(part)) * ch, y, y + size, size))
        pos += len(part) + 1
    return out


def line(y: float, items: list[tuple[float, str]], n: int = 1) -> TextLine:
    return TextLine(1, n, tuple(words_at(y, items)))


HEAD = [(30, "Date"), (52, "of"), (63, "Service"), (110, "Description"), (210, "Code"), (250, "Amount"),
        (282, "Billed"), (330, "Plan"), (351, "Paid"), (400, "What"), (422, "You"), (440, "Owe"), (480, "Remark")]


# ------------------------------------------------------------------------------------------ geometry

def test_value_shapes():
    assert token_kind("$1,234.50") == "money"
    assert token_kind("(45.00)") == "money"
    assert token_kind("45.00-") == "money"
    assert token_kind("01/05/26") == "date"
    assert token_kind("01052026") == "date"
    assert token_kind("97110GO") == "code"
    assert token_kind("97530-GO,59") == "code"
    assert token_kind("CO-45") == "adj"
    assert token_kind("N130") == "remark"
    assert token_kind("2.000") == "units"


def test_header_on_one_line_gives_columns_in_order():
    lines = [line(100, HEAD)]
    h = find_header(lines, 0)
    assert h is not None
    assert [c.field for c in h.columns] == [Field.SERVICE_DATE, Field.DESCRIPTION, Field.CODE, Field.BILLED,
                                            Field.PAID, Field.PATIENT_OWES, Field.REMARKS]


def test_header_stacked_over_two_lines():
    top = line(100, [(30, "Service"), (150, "Amount"), (230, "Medicare"), (310, "Amount"), (390, "Maximum"), (490, "See")])
    bottom = TextLine(1, 2, tuple(words_at(109, [(30, "Billing"), (62, "Code"), (150, "Provider"), (190, "Charged"),
                                                 (230, "Approved"), (310, "Medicare"), (350, "Paid"), (390, "You"),
                                                 (410, "May"), (430, "Be"), (442, "Billed"), (490, "Notes")])))
    h = find_header([top, bottom], 0)
    assert h is not None and len(h.lines) == 2
    assert [c.field for c in h.columns] == [Field.CODE, Field.BILLED, Field.ALLOWED, Field.PAID, Field.PATIENT_OWES,
                                            Field.REMARKS]


def test_fixed_width_headings_one_space_apart_are_split():
    hl = TextLine(1, 1, tuple(spaced(100, 30, "PERF PROV  SERV DATE  POS NOS  PROC  MODS  BILLED  ALLOWED  GRP/RC-AMT  PROV PD")))
    h = find_header([hl], 0)
    assert h is not None
    fields = [c.field for c in h.columns]
    assert Field.UNITS in fields and Field.CODE in fields and Field.MODIFIERS in fields
    assert fields.index(Field.UNITS) < fields.index(Field.CODE) < fields.index(Field.BILLED)


def test_right_aligned_amount_wider_than_its_heading_goes_to_its_column():
    h = find_header([line(100, HEAD)], 0)
    assert h is not None
    # "$12,345.00" ends under "Billed" but starts left of "Amount"
    row = words_at(112, [(30, "01/05/26"), (110, "Therapeutic"), (160, "exercise"), (210, "97110"),
                         (240, "$12,345.00"), (335, "80.00"), (420, "20.00"), (480, "N130")])
    cells = cut(row, h.columns)
    assert cells.text(Field.BILLED) == "$12,345.00"
    assert cells.text(Field.PAID) == "80.00"
    assert cells.text(Field.PATIENT_OWES) == "20.00"
    assert cells.text(Field.DESCRIPTION) == "Therapeutic exercise"


def test_group_lines_keeps_a_slightly_lower_word_on_its_line():
    ws = words_at(100, [(30, "A"), (60, "B")]) + [Word("C", 90, 95, 101.5, 109.5, 8)] + words_at(120, [(30, "D")])
    lines = group_lines(ws)
    assert [ln.text for ln in lines] == ["A B C", "D"]


def test_claim_labels_with_colons_and_fixed_width_labels():
    ln = line(50, [(30, "Patient:"), (70, "Mia"), (90, "Lopez"), (200, "Claim"), (225, "Number:"), (265, "2026-0001")])
    # a bare "Claim Number" on a payer's document is the payer's number (see pdf.claim_key)
    assert parse_labels(ln) == {Field.PATIENT: "Mia Lopez", Field.PAYER_CLAIM_ID: "2026-0001"}
    fw = TextLine(1, 1, tuple(spaced(50, 30, "NAME DOE, JANE  HIC 1EG4TE5MK73  ACNT BRA01  ICN 0226012345678")))
    got = parse_labels(fw)
    assert got[Field.PATIENT] == "DOE, JANE" and got[Field.PAYER_CLAIM_ID] == "0226012345678"
    assert got[Field.CLAIM_ID] == "BRA01" and got[Field.MEMBER_ID] == "1EG4TE5MK73"


# ------------------------------------------------------------------------------------ whole documents

def test_rows_wraps_two_line_services_totals_legend_and_unread():
    w: list[Word] = []
    w += words_at(40, [(30, "Patient:"), (70, "Mia"), (90, "Lopez"), (200, "Claim"), (225, "Number:"), (265, "C-1")])
    w += words_at(60, HEAD)
    w += words_at(72, [(30, "01/05/26"), (110, "Therapeutic"), (160, "activities,"), (210, "97530-GO"),
                       (270, "190.00"), (335, "150.00"), (420, "40.00"), (480, "N130")])
    w += words_at(81, [(110, "one-on-one"), (160, "contact")])  # wraps the row above
    w += words_at(93, [(30, "01/06/26"), (110, "Manual"), (140, "therapy"), (210, "97140"),
                       (270, "75.00"), (335, "60.00"), (420, "15.00")])
    w += words_at(105, [(30, "Claim"), (55, "Total"), (270, "265.00"), (335, "210.00"), (420, "55.00")])
    w += words_at(125, [(30, "97110"), (60, "stray"), (270, "10.00"), (335, "5.00")])  # under the table? no date
    w += words_at(145, [(30, "Remark"), (65, "codes")])
    w += words_at(157, [(30, "N130"), (60, "Consult"), (100, "plan"), (125, "benefit"), (160, "documents.")])
    res = parse_pages("x.pdf", [page(w)])
    (stmt,) = res.statements
    (claim,) = stmt.claims
    assert claim.patient == "Mia Lopez" and claim.payer_claim_id == "C-1"  # a bare claim number is the payer's
    assert len(claim.lines) == 3  # the stray row has a code and amounts: it is read as a line of the table
    first, second = claim.lines[0], claim.lines[1]
    assert first.code == "97530" and first.modifiers == ("GO",) and first.billed == Decimal("190.00")
    assert first.description == "Therapeutic activities, one-on-one contact"
    assert first.remarks == ("N130",) and first.service_date == date(2026, 1, 5)
    assert second.paid == Decimal("60.00") and second.patient_owes == Decimal("15.00")
    assert claim.totals.billed == Decimal("265.00") and claim.totals.patient_owes == Decimal("55.00")
    assert stmt.legend == (("N130", "Consult plan benefit documents."),)
    assert res.accounting.balanced() and res.accounting.seen == 9


def test_description_printed_on_the_line_above_its_amounts():
    head = [(30, "Service"), (150, "Units"), (200, "Billed"), (260, "Plan"), (282, "paid"), (330, "Your"), (352, "cost")]
    w = words_at(40, [(30, "Visit"), (52, "on"), (65, "01/06/2026"), (120, "Claim"), (145, "#"), (155, "HV-1")])
    w += words_at(60, head)
    w += words_at(72, [(30, "Therapeutic"), (80, "activities")])
    w += words_at(81, [(30, "97530-GO,59"), (150, "3"), (200, "$285.00"), (260, "$214.40"), (330, "$25.00")])
    w += words_at(93, [(30, "Neuromuscular"), (90, "re-education")])
    w += words_at(102, [(30, "97112-GO"), (150, "1"), (200, "$85.00"), (260, "$71.40"), (330, "$0.00")])
    res = parse_pages("x.pdf", [page(w)])
    lines = res.statements[0].lines()
    assert [(ln.code, ln.modifiers, ln.units) for ln in lines] == [("97530", ("GO", "59"), Decimal(3)),
                                                                   ("97112", ("GO",), Decimal(1))]
    assert [ln.description for ln in lines] == ["Therapeutic activities", "Neuromuscular re-education"]
    # the table has no date column: the visit date printed in the claim heading is the lines' date
    assert all(ln.service_date == date(2026, 1, 6) for ln in lines)
    assert res.statements[0].claims[0].payer_claim_id == "HV-1"


def test_fixed_width_remit_second_adjustment_line_and_pt_resp_totals():
    rows = [
        "PERF PROV  SERV DATE    POS NOS  PROC     MODS  BILLED   ALLOWED  DEDUCT  COINS   GRP/RC-AMT        PROV PD",
        "NAME DOE, JANE  HIC 1EG4TE5MK73  ACNT BRA0105A1  ICN 0226012345678  ASG Y",
        "1649302775 0105 010526 11  2   97110GO        160.00   59.24    0.00    11.85   CO-45    100.76    46.44",
        "                                                                             PR-2      11.85",
        "PT RESP 11.85     CLAIM TOTALS           160.00   59.24    0.00    11.85             112.61    46.44",
    ]
    w: list[Word] = []
    for k, r in enumerate(rows):
        w += spaced(100 + 12 * k, 20, r)
    res = parse_pages("x.pdf", [page(w)])
    (claim,) = res.statements[0].claims
    (ln,) = claim.lines
    assert claim.patient == "DOE, JANE" and claim.payer_claim_id == "0226012345678"
    assert ln.code == "97110" and ln.modifiers == ("GO",) and ln.units == Decimal(2)
    assert ln.service_date == date(2026, 1, 5)
    assert [(a.group, a.reason, a.amount) for a in ln.adjustments] == [("CO", "45", Decimal("100.76")),
                                                                       ("PR", "2", Decimal("11.85"))]
    assert ln.paid == Decimal("46.44") and ln.coinsurance == Decimal("11.85")
    assert claim.totals.patient_owes == Decimal("11.85") and claim.totals.billed == Decimal("160.00")
    assert claim.totals.paid == Decimal("46.44")
    assert res.accounting.balanced() and res.accounting.lines == 1


def test_service_shaped_line_without_a_table_is_unread_not_lost():
    w = words_at(40, [(30, "Something"), (90, "97110"), (130, "$80.00"), (180, "$20.00")])
    res = parse_pages("x.pdf", [page(w)])
    assert res.statements[0].lines() == []
    (u,) = res.unread
    assert u.source.page == 1 and "97110" in u.source.text
    assert res.accounting.unread == 1 and res.accounting.balanced()


# ------------------------------------------------------------------------------------- dev samples

def _samples() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*.pdf") if p.with_name(p.name + ".truth.json").exists())


def _dec(v) -> Decimal | None:
    return None if v in (None, "") else Decimal(str(v))


def _norm_truth(t: dict) -> tuple:
    dec = _dec
    return (t["page"], t["service_date"], t["code"], tuple(t["modifiers"] or ()),
            None if t["units"] is None else dec(t["units"]).normalize(), dec(t["billed"]), dec(t["allowed"]),
            dec(t["paid"]), dec(t["patient_owes"]),
            tuple(sorted((g, r, dec(a)) for g, r, a in t["adjustments"])), tuple(sorted(t["remarks"])))


def _norm_found(ln) -> tuple:
    return (ln.source.page, ln.service_date.isoformat() if ln.service_date else None, ln.code, ln.modifiers,
            ln.units.normalize() if ln.units is not None else None, ln.billed, ln.allowed, ln.paid, ln.patient_owes,
            tuple(sorted((a.group, a.reason, a.amount) for a in ln.adjustments)), tuple(sorted(ln.remarks)))


@pytest.mark.skipif(not _samples(), reason="no PDF samples with truth files in samples/pdf")
@pytest.mark.parametrize("pdf", _samples(), ids=lambda p: p.stem)
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_dev_sample_reads_as_its_truth(pdf: Path, engine: str):
    truth = json.loads(pdf.with_name(pdf.name + ".truth.json").read_text(encoding="utf-8"))
    res = PdfReader(engine).read(pdf)
    assert res.ok, res.error
    assert sorted(map(_norm_found, res.lines()), key=repr) == sorted(map(_norm_truth, truth["lines"]), key=repr)
    assert res.accounting is not None and res.accounting.balanced()
    assert not res.unread
    got_legend = {c for c, _ in res.statements[0].legend}
    assert {c for c, _ in truth.get("legend", [])} <= got_legend
    for want in truth.get("claims", []):
        tot = want.get("totals") or {}
        match = [c for c in res.statements[0].claims
                 if c.totals.billed is not None and str(c.totals.billed) == tot.get("billed")
                 and (c.totals.paid is None and tot.get("paid") is None or str(c.totals.paid) == tot.get("paid"))]
        assert match, f"claim totals {tot} not found"


# ---------------------------------------------------------------------------------------- hostile

BAD = Path(__file__).resolve().parent / "data" / "pdf_bad"


def test_hostile_pdfs_get_one_line_reasons():
    r = PdfReader()
    enc = r.read(BAD / "encrypted_user_password.pdf")
    assert enc.error == "encrypted PDF: needs a password"
    scan = r.read(BAD / "scanned_page.pdf")
    assert scan.error is not None and "OCR" in scan.error
    broken = r.read(BAD / "truncated.pdf")
    assert broken.error is not None and broken.error.startswith("broken PDF") and "\n" not in broken.error
    owner_only = r.read(SAMPLES / "encrypted_owner_only.pdf")
    assert owner_only.ok and owner_only.lines()


def test_not_a_pdf_and_junk_with_a_pdf_header(tmp_path: Path):
    r = PdfReader()
    assert not r.identify(tmp_path / "x.pdf", b"PK\x03\x04 not a pdf")
    assert r.identify(tmp_path / "x.pdf", b"\n\n%PDF-1.7\n")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200)
    res = r.read(junk)
    assert res.error is not None and "\n" not in res.error
    for engine in ("pdfium", "pdfplumber"):
        assert PdfReader(engine).read(junk).error is not None


def test_unknown_engine_is_a_clear_error(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("EOBREADER_PDF_ENGINE", "nonesuch")
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4\n")
    res = PdfReader().read(f)
    assert res.error is not None and "unknown PDF engine" in res.error
