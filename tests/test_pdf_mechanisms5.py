"""General mechanisms of the PDF reader added for the fifth and sixth held-out rounds, each on synthetic
word lists (no PDF): accounting money (the currency sign at a cell's left edge, the amount at its
right), a column named by the shape of its values (dates under a words heading), a column named by the
document's arithmetic (paid + patient owes = allowed), vocabulary for account numbers and contract rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pdfwords import CH, lines_of, read, row, text_at

from eobreader.sources.pdf_layout import join_values
from eobreader.sources.pdf_words import Word
from eobreader.vocab import Field, match_header


def test_vocab_patient_number_is_an_account_number_and_contract_rate_is_allowed():
    assert match_header("Your Patient #") is Field.CLAIM_ID
    assert match_header("Patient No.") is Field.CLAIM_ID
    assert match_header("Patient Name") is Field.PATIENT
    assert match_header("Contracted") is Field.ALLOWED


def test_currency_sign_far_left_of_its_amount_joins_the_amount_and_keeps_its_box():
    ws = [Word("97110", 100, 122, 0, 8, 8), Word("$", 200, 204, 0, 8, 8), Word("160.00", 240, 262, 0, 8, 8),
          Word("$", 280, 284, 0, 8, 8), Word("68.13", 320, 340, 0, 8, 8)]
    out = join_values(ws)
    assert [w.text for w in out] == ["97110", "$160.00", "$68.13"]
    assert (out[1].x0, out[1].x1) == (240, 262)
    # a sign followed by a word that is not money stays alone
    assert [w.text for w in join_values([Word("$", 0, 4, 0, 8, 8), Word("Paid", 40, 56, 0, 8, 8)])] == ["$", "Paid"]


def test_accounting_money_rows_are_read():
    hdr = row(100, [(40, "Date"), (100, "Code"), (200, "Charge"), (280, "Paid"), (350, "Remark")])
    rows = []
    for k, (c, b, p) in enumerate([("97110", "160.00", "68.13"), ("97140", "75.00", "31.18")]):
        y = 112 + k * 12
        rows += row(y, [(40, "01/07/26"), (100, c), (200, "$"), (236 - len(b) * CH, b), (270, "$"),
                        (300 - len(p) * CH, p), (350, "M01")])
    lines = lines_of(read(hdr + rows))
    assert [(ln.code, ln.billed, ln.paid) for ln in lines] == [
        ("97110", Decimal("160.00"), Decimal("68.13")), ("97140", Decimal("75.00"), Decimal("31.18"))]


def test_words_heading_over_dates_is_the_service_date():
    # the heading line says only "Service" over the dates (its "Date of" printed elsewhere)
    hdr = row(100, [(40, "Ln"), (60, "Service"), (110, "Code"), (200, "Charges"), (280, "Payment")])
    data = row(112, [(40, "1"), (60, "01/05/2026"), (110, "97165"), (200, "210.00"), (280, "129.62")]) \
        + row(124, [(40, "2"), (60, "01/07/2026"), (110, "97110"), (200, "240.00"), (280, "117.30")])
    lines = lines_of(read(hdr + data))
    assert [(ln.code, ln.service_date) for ln in lines] == [("97165", date(2026, 1, 5)), ("97110", date(2026, 1, 7))]


def test_unnamed_column_equal_to_paid_plus_owed_is_the_allowed_amount():
    hdr = row(100, [(40, "Date"), (100, "Code"), (160, "Charge"), (220, "Zorbic"), (280, "Member Resp"), (350, "Paid")])
    vals = [("220.00", "116.29", "30.00", "86.29"), ("160.00", "68.13", "0.00", "68.13"), ("240.00", "102.19", "30.00", "72.19")]
    data: list[Word] = []
    for k, (b, a, o, p) in enumerate(vals):
        data += row(112 + k * 12, [(40, "01/07/26"), (100, "97110"), (160, b), (220, a), (280, o), (350, p)])
    lines = lines_of(read(hdr + data))
    assert [ln.allowed for ln in lines] == [Decimal("116.29"), Decimal("68.13"), Decimal("102.19")]
    # a column that does not add up stays unnamed
    data2: list[Word] = []
    for k, (b, a, o, p) in enumerate(vals):
        data2 += row(112 + k * 12, [(40, "01/07/26"), (100, "97110"), (160, b), (220, "1.00"), (280, o), (350, p)])
    assert [ln.allowed for ln in lines_of(read(hdr + data2))] == [None, None, None]


def test_identifier_cell_drops_a_name_run_on_from_the_column_to_its_left():
    hdr = row(100, [(40, "Date"), (100, "Provider"), (200, "Claim number"), (280, "Service"), (340, "Billed"), (400, "Paid")])
    data = row(112, [(40, "1/7/2025"), (100, "Cloverleaf Childrens Therapy"), (240, "PM25-100233"), (300, "97165"),
                     (340, "$210.00"), (400, "$125.40")])
    res = read(hdr + data)
    claims = [c for st in res.statements for c in st.claims if c.lines]
    assert [c.payer_claim_id or c.claim_id for c in claims] == ["PM25-100233"]


def test_patient_label_wins_over_a_subscriber_label_on_the_same_line():
    from eobreader.sources.pdf import parse_labels
    from eobreader.sources.pdf_layout import group_lines
    ln = group_lines(row(100, [(40, "Subscriber: Rosalind Achterberg"), (300, "Patient: Pippa Achterberg")]))[0]
    assert parse_labels(ln)[Field.PATIENT].upper() == "PIPPA ACHTERBERG"
    ln = group_lines(row(100, [(40, "Patient: Pippa Achterberg"), (300, "Subscriber: Rosalind Achterberg")]))[0]
    assert parse_labels(ln)[Field.PATIENT].upper() == "PIPPA ACHTERBERG"
    ln = group_lines(row(100, [(40, "Subscriber: Rosalind Achterberg"), (300, "Group: 44071")]))[0]
    # the subscriber alone: the plan holder, the claim's patient only where no other person is named
    assert Field.PATIENT not in parse_labels(ln)
    assert parse_labels(ln)[Field.HOLDER].upper() == "ROSALIND ACHTERBERG"


def test_colonless_label_opening_with_a_possessive_names_the_provider_number():
    from eobreader.sources.pdf import parse_labels
    from eobreader.sources.pdf_layout import group_lines
    ln = group_lines(text_at(100, 40, "Claim number CL-7730-2291-04 Provider's patient account LSP-5521-0126 Received Feb 2, 2026"))[0]
    got = parse_labels(ln)
    assert got[Field.CLAIM_ID] == "LSP-5521-0126"
    assert got[Field.PAYER_CLAIM_ID] == "CL-7730-2291-04"
    assert match_header("Provider's patient no.") is Field.CLAIM_ID


def test_numbered_modifier_columns_read_modifiers_and_units():
    assert match_header("M1") is Field.MODIFIERS
    assert match_header("Mod 2") is Field.MODIFIERS
    hdr = row(100, [(40, "From DOS"), (100, "Proc"), (130, "M1"), (150, "M2"), (170, "Units"), (210, "Billed Amt"),
                    (270, "Paid Amt")])
    data = row(112, [(40, "06-JAN-2026"), (100, "97530"), (130, "GO"), (170, "4.00"), (210, "380.00"), (270, "147.40")]) \
        + row(124, [(40, "06-JAN-2026"), (100, "97140"), (130, "GP"), (150, "59"), (170, "2.00"), (210, "150.00"), (270, "71.57")])
    lines = lines_of(read(hdr + data))
    assert [(ln.code, ln.modifiers, ln.units) for ln in lines] == [
        ("97530", ("GO",), Decimal("4")), ("97140", ("GP", "59"), Decimal("2"))]
