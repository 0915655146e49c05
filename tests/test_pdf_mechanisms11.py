"""General mechanisms of the PDF reader added in the fifth session, each on synthetic word lists (no PDF)
or on the value parsers: headings that say where an amount went ("To Deductible") or what the plan saved
("Amount Saved"); reason codes padded with zeros by fixed-width remits; a one-entry legend after its label;
a statement's contractual allowance; the addressee set off by a bar beside the member's number."""

from __future__ import annotations

from decimal import Decimal

from pdfwords import claims_of, lines_of, read, right, row, text_at

from eobreader.values import adjustment_code, parse_adjustments
from eobreader.vocab import Field, match_header

# ------------------------------------------------------------------------------------------- headings


def test_where_an_amount_went_is_no_end_date_and_saved_is_a_discount():
    assert match_header("To Deductible") is Field.DEDUCTIBLE
    assert match_header("Toward Coinsurance") is Field.COINSURANCE
    assert match_header("Amount Saved") is Field.DISCOUNT
    assert match_header("You Saved") is Field.DISCOUNT
    # an end date stays one
    assert match_header("To") is Field.SERVICE_END
    assert match_header("Date To") is Field.SERVICE_END


def test_a_benefit_statement_with_saved_and_to_deductible_columns():
    ws = (right(60, [(230, "Provider"), (278, "Amount"), (326, "Not"), (432, "To"), (530, "Plan"), (578, "Your")])
          + row(70, [(20, "Service Date"), (80, "Procedure")])
          + right(70, [(230, "Charge"), (278, "Saved"), (326, "Covered"), (374, "Eligible"), (432, "Deductible"),
                       (490, "Coinsurance"), (530, "Paid"), (578, "Cost")])
          + row(82, [(20, "01/22/26"), (80, "97530-GO")])
          + right(82, [(230, "$285.00"), (278, "$74.10"), (326, "$0.00"), (374, "$210.90"), (432, "$187.60"),
                       (490, "$4.66"), (530, "$18.64"), (578, "$192.26")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed, ln.discount, ln.allowed, ln.deductible, ln.paid, ln.patient_owes) for ln in got] == [
        ("97530", Decimal("285.00"), Decimal("74.10"), Decimal("210.90"), Decimal("187.60"), Decimal("18.64"),
         Decimal("192.26"))]
    assert got[0].service_end == got[0].service_date


# ------------------------------------------------------------------------------------------- codes


def test_reason_codes_padded_with_zeros_read_as_x12_writes_them():
    assert [(a.group, a.reason, a.amount) for a in parse_adjustments("CO016 275.00")] == [("CO", "16", Decimal("275.00"))]
    assert [(a.group, a.reason) for a in parse_adjustments("CO045 PR002")] == [("CO", "45"), ("PR", "2")]
    assert adjustment_code("CO045") == ("CO", "45")
    assert adjustment_code("045") == ("", "45")
    # letters stay as printed
    assert adjustment_code("OA-A1") == ("OA", "A1")


def test_a_one_entry_legend_after_its_label_is_no_remark_of_the_row_above():
    ws = (row(60, [(30, "Date"), (80, "Code")]) + right(60, [(300, "Charge"), (360, "Paid"), (420, "You owe")])
          + row(60, [(440, "Why")])
          + row(72, [(30, "01/22/26"), (80, "97129")]) + right(72, [(300, "$180.00"), (360, "$0.00"), (420, "$180.00")])
          + row(72, [(440, "L4")])
          + row(82, [(30, "01/29/26"), (80, "97760")]) + right(82, [(300, "$120.00"), (360, "$71.04"), (420, "$17.76")])
          + row(92, [(60, "Total for this claim")]) + right(92, [(300, "$300.00"), (360, "$71.04"), (420, "$197.76")])
          + text_at(104, 30, "Why codes: L4 - Your plan does not cover more than the yearly number of these sessions."))
    res = read(ws)
    got = lines_of(res)
    assert [(ln.code, ln.remarks) for ln in got] == [("97129", ("L4",)), ("97760", ())]
    assert res.statements[0].legend[0][0] == "L4"
    assert "yearly number" in res.statements[0].legend[0][1]


# ------------------------------------------------------------------------------------------- statements


def test_a_statements_contractual_allowance_is_no_service():
    ws = (row(60, [(30, "Date"), (90, "CPT/HCPCS"), (140, "Description")]) + right(60, [(420, "Amount")])
          + row(72, [(30, "01-12-2026"), (90, "92523"), (140, "SPEECH SOUND AND LANGUAGE EVALUATION")])
          + right(72, [(420, "290.00")])
          + row(82, [(140, "Total charges")]) + right(82, [(420, "290.00")])
          + row(92, [(30, "01-29-2026"), (140, "Northgate Mutual contractual allowance")]) + right(92, [(420, "(104.00)")])
          + row(102, [(140, "Account balance (your share)")]) + right(102, [(420, "186.00")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed) for ln in got] == [("92523", Decimal("290.00"))]


# ------------------------------------------------------------------------------------------- claims


def test_the_addressee_set_off_by_a_bar_beside_the_members_number():
    ws = (text_at(30, 30, "WINIFRED A CALLOWAY | Notice date: February 3, 2026 | Medicare number: XXXX-XX7-MK44")
          + text_at(48, 30, "Claim number 12-2601-0051-3304")
          + row(60, [(30, "Date"), (80, "Service")]) + right(60, [(300, "Charged"), (360, "Approved"), (420, "Paid")])
          + row(72, [(30, "12/29/25"), (80, "Therapeutic exercises (97110)")])
          + right(72, [(300, "$160.00"), (360, "$59.24"), (420, "$31.64")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["97110"]
    assert claims_of(res)[0].patient == "WINIFRED A CALLOWAY"
    # a practice's name beside a number is nobody's
    ws2 = [w for w in ws if w.top != 30] + text_at(30, 30, "SUNFIELD REHAB CLINIC | Provider number: 4410023")
    assert claims_of(read(ws2))[0].patient is None


def _group_heading_page() -> list:
    from eobreader.sources.pdf_words import Word as W
    y0, y1 = 60.0, 69.0
    top = [W("Date", 38, 53, y0, y0 + 8, 7.3), W("of", 54, 61, y0, y0 + 8, 7.3), W("Your", 371, 388, y0, y0 + 8, 7.3),
           W("cost:", 389, 404, y0, y0 + 8, 7.3), W("Your", 534, 550, y0, y0 + 8, 7.3)]
    low = [(38, 59, "service"), (82, 105, "Service"), (107, 118, "you"), (120, 146, "received"), (174, 190, "Code"),
           (235, 252, "Units"), (263, 290, "Charged"), (297, 328, "Approved"), (336, 350, "Plan"), (352, 366, "paid"),
           (370, 404, "Deductible"), (414, 433, "Copay"), (436, 474, "Coinsurance"), (477, 488, "Not"),
           (490, 514, "covered"), (533, 550, "share"), (554, 572, "Notes")]
    row_ = [(38, 75, "01-05-2026"), (82, 100, "Gait"), (102, 128, "training"), (174, 194, "97116"), (196, 210, "(GP)"),
            (248, 252, "1"), (266, 290, "$82.00"), (304, 328, "$41.00"), (346, 366, "$41.00"), (388, 404, "$0.00"),
            (414, 434, "$10.00"), (458, 474, "$0.00"), (498, 514, "$0.00"), (530, 550, "$10.00"), (558, 568, "N1")]
    return (top + [W(t, a, b, y1, y1 + 8, 7.3) for a, b, t in low]
            + [W(t, a, b, y1 + 12, y1 + 20, 7.3) for a, b, t in row_])


def test_a_group_heading_ending_with_a_colon_over_its_columns():
    # "Your cost:" printed over "Deductible" only, "Plan paid" one space to its left: the heading rows stack,
    # the cut falls where "Your cost:" starts, and "Service you received" describes the service
    got = lines_of(read(_group_heading_page()))
    assert [(ln.code, ln.modifiers, ln.units, str(ln.service_date), ln.billed, ln.allowed, ln.paid, ln.deductible,
             ln.copay, ln.patient_owes, ln.remarks, ln.description) for ln in got] == [
        ("97116", ("GP",), Decimal("1"), "2026-01-05", Decimal("82.00"), Decimal("41.00"), Decimal("41.00"),
         Decimal("0.00"), Decimal("10.00"), Decimal("10.00"), ("N1",), "Gait training")]
    from eobreader.sources.pdf_layout import find_header, group_lines
    hdr = find_header(group_lines(_group_heading_page()), 0)
    assert hdr is not None
    assert [(c.field, c.label) for c in hdr.columns if c.field in (Field.PAID, Field.PAYER, Field.DEDUCTIBLE)] == [
        (Field.PAID, "Plan paid"), (Field.DEDUCTIBLE, "Your cost: Deductible")]


def test_a_label_with_its_value_is_still_no_heading():
    from eobreader.sources.pdf_layout import TextLine, _is_texty
    # "Patient:  Jane Doe" (a label and its value a column gap away) is no heading row
    assert not _is_texty(TextLine(1, 1, tuple(row(30, [(30, "Patient:"), (90, "Jane Doe")]))))
    assert _is_texty(TextLine(1, 1, tuple(row(30, [(30, "Date of"), (200, "Your cost:"), (300, "Your")]))))
