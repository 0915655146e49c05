"""Value parsing: every shape of money, date, units, code and adjustment seen in the wild, and the
rule that hostile values give ``ValueParseError`` (or None for empty), never another exception."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eobreader.values import (
    ValueParseError,
    adjustment_code,
    clean_text,
    code_and_modifiers_in_text,
    code_in_text,
    looks_like_money,
    parse_adjustments,
    parse_code,
    parse_date,
    parse_date_range,
    parse_modifiers,
    parse_money,
    parse_remarks,
    parse_units,
    units_in_text,
)

D = Decimal


@pytest.mark.parametrize("raw,want", [
    ("$1,234.50", D("1234.50")), ("1234.5", D("1234.50")), ("(45.00)", D("-45.00")), ("45.00-", D("-45.00")),
    ("-$45", D("-45.00")), ("$-4.00", D("-4.00")), ("45.00 CR", D("-45.00")), ("USD 12.3", D("12.30")),
    ("1.234,50", D("1234.50")), (" $ 380.00 ", D("380.00")), ("0", D("0.00")), (380, D("380.00")),
    (380.1, D("380.10")), (0.1 + 0.2, D("0.30000000000000004")), (D("12.5"), D("12.50")), ("\u2212$5.00", D("-5.00")),
])
def test_money(raw, want):
    assert parse_money(raw) == want


def test_money_is_decimal_never_float():
    assert isinstance(parse_money("19.70"), Decimal)
    assert parse_money(19.7) == D("19.70")  # float from a spreadsheet read via its shortest repr


def test_money_currency_sign_before_parenthesised_amount():
    # a "$" printed in its own column before "(80.00)" is read as one value "$ (80.00)"
    assert parse_money("$ (80.00)") == D("-80.00")
    assert parse_money("$(1,280.00)") == D("-1280.00")
    for bad in ("($(80.00))", "$(80.00"):
        with pytest.raises(ValueParseError):
            parse_money(bad)


@pytest.mark.parametrize("raw", ["", None, "-", "--", "N/A", "n/a", float("nan")])
def test_money_empty(raw):
    assert parse_money(raw) is None


@pytest.mark.parametrize("raw", ["abc", "12.3.4", "(45.00", "$$5", "1e400", True, float("inf"), "-45.00-", "12,34,5.00"])
def test_money_rejects(raw):
    with pytest.raises(ValueParseError):
        parse_money(raw)


@pytest.mark.parametrize("raw,want", [
    ("01/05/26", date(2026, 1, 5)), ("01/05/2026", date(2026, 1, 5)), ("1/5/2026", date(2026, 1, 5)),
    ("01052026", date(2026, 1, 5)), ("010526", date(2026, 1, 5)), ("20260105", date(2026, 1, 5)),
    ("2026-01-05", date(2026, 1, 5)), ("Jan 5, 2026", date(2026, 1, 5)), ("January 5 2026", date(2026, 1, 5)),
    ("05-Jan-2026", date(2026, 1, 5)), ("5 Jan 2026", date(2026, 1, 5)), ("01-05-2026", date(2026, 1, 5)),
    (46027, date(2026, 1, 5)), (46027.0, date(2026, 1, 5)), (datetime(2026, 1, 5, 13, 0), date(2026, 1, 5)),
    ("01/05/2026 00:00:00", date(2026, 1, 5)), ("Sept 30, 2025", date(2025, 9, 30)),
])
def test_dates(raw, want):
    assert parse_date(raw) == want


@pytest.mark.parametrize("raw", ["13/45/2026", "02/30/2026", "hello", "1234", "2026-13-01", "Foo 5, 2026"])
def test_dates_reject(raw):
    with pytest.raises(ValueParseError):
        parse_date(raw)


@pytest.mark.parametrize("raw,want", [
    ("01/05/26-01/09/26", (date(2026, 1, 5), date(2026, 1, 9))),
    ("01/05/2026 - 01/09/2026", (date(2026, 1, 5), date(2026, 1, 9))),
    ("010526-010926", (date(2026, 1, 5), date(2026, 1, 9))),
    ("01/05/26 to 01/09/26", (date(2026, 1, 5), date(2026, 1, 9))),
    ("01/05/26 thru 01/09/26", (date(2026, 1, 5), date(2026, 1, 9))),
    ("Jan 5, 2026 \u2013 Jan 9, 2026", (date(2026, 1, 5), date(2026, 1, 9))),
    ("01/05/2026", (date(2026, 1, 5), date(2026, 1, 5))),
])
def test_date_ranges(raw, want):
    assert parse_date_range(raw) == want


def test_date_range_backwards_is_an_error():
    with pytest.raises(ValueParseError):
        parse_date_range("01/09/26-01/05/26")


@pytest.mark.parametrize("raw,want", [("2.000", D(2)), ("4", D(4)), (2.0, D(2)), ("1.5", D("1.5")), ("3 units", D(3)),
                                      ("-1.000", D(-1)), ("1.000-", D(-1))])
def test_units(raw, want):
    assert parse_units(raw) == want


@pytest.mark.parametrize("raw,want", [
    ("97530-GO,59", ("97530", ("GO", "59"))), ("97110GO", ("97110", ("GO",))), ("97530 GO 59", ("97530", ("GO", "59"))),
    ("HC:97110:GO", ("97110", ("GO",))), ("L3807RT", ("L3807", ("RT",))), ("0552T", ("0552T", ())),
    ("G0283", ("G0283", ())), (97110, ("97110", ())), ("97530-GO-59", ("97530", ("GO", "59"))),
    ("97530GO59", ("97530", ("GO", "59"))), ("CPT 97110", ("97110", ())), ("97530:GO:59:KX", ("97530", ("GO", "59", "KX"))),
])
def test_codes(raw, want):
    assert parse_code(raw) == want


@pytest.mark.parametrize("raw", ["hello", "9753", "=SUM(A1)", "97530-GOO", "97530 GO 59 KX XU 76", "ABCDE"])
def test_codes_reject(raw):
    with pytest.raises(ValueParseError):
        parse_code(raw)


def test_modifiers_from_numbers_and_separators():
    assert parse_modifiers(59) == ("59",)
    assert parse_modifiers("GO, 59") == ("GO", "59")
    assert parse_modifiers(9) == ("09",)
    assert parse_modifiers("") == ()


def test_codes_in_text():
    assert code_in_text("Therapeutic exercises (97110)") == "97110"
    assert code_and_modifiers_in_text("Therapeutic activities 97530GO x3") == ("97530", ("GO",))
    assert code_and_modifiers_in_text("Paid $12345.00 on 12/01") is None
    assert units_in_text("Therapeutic activities 97530GO x3") == D(3)
    assert units_in_text("Office visit, 25 minutes") is None


def test_adjustments_with_amounts_and_odd_dashes():
    adj = parse_adjustments("CO-45 51.50; PR-2 19.70")
    assert [(a.group, a.reason, a.amount) for a in adj] == [("CO", "45", D("51.50")), ("PR", "2", D("19.70"))]
    adj = parse_adjustments("C\u00adO\u201145 PR\u20131 OA 23")  # soft hyphen, non-breaking hyphen, en dash
    assert [(a.group, a.reason, a.amount) for a in adj] == [("CO", "45", None), ("PR", "1", None), ("OA", "23", None)]
    assert parse_adjustments("CO45 (15.00)")[0].amount == D("-15.00")
    assert adjustment_code("co 45") == ("CO", "45")
    assert adjustment_code("PR2") == ("PR", "2")
    assert adjustment_code("B7") == ("", "B7")
    assert adjustment_code("hello") is None


def test_adjustments_written_group_slash_reason_slash_amount():
    """"CO / 45 / 100.76" under "Adj Grp / Reason / Amt": the amount is the adjustment's; slashes between
    codes alone carry no amount."""
    adj = parse_adjustments("CO / 45 / 100.76")
    assert [(a.group, a.reason, a.amount) for a in adj] == [("CO", "45", D("100.76"))]
    assert [(a.group, a.reason, a.amount) for a in parse_adjustments("CO/B7/35.00")] == [("CO", "B7", D("35.00"))]
    adj = parse_adjustments("CO-45/PR-2")
    assert [(a.group, a.reason, a.amount) for a in adj] == [("CO", "45", None), ("PR", "2", None)]


def test_remarks():
    assert parse_remarks("N130, M15 MA01 N130") == ("N130", "M15", "MA01")
    assert parse_remarks("CO-45") == ()


def test_clean_text():
    assert clean_text("CO\u201145\u00a0 x\u200b") == "CO-45 x"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.none()))
def test_hostile_values_only_raise_parse_errors(value):
    for parser in (parse_money, parse_date, parse_units, parse_code, parse_modifiers, parse_date_range):
        try:
            parser(value)
        except ValueParseError:
            pass
    parse_adjustments(value)
    parse_remarks(value)
    looks_like_money(str(value))


def test_paper_remit_from_mmdd_then_full_date():
    from datetime import date as _d

    from eobreader.values import parse_date_range as _r

    assert _r("0105 010526") == (_d(2026, 1, 5), _d(2026, 1, 5))
    assert _r("1228 010526") == (_d(2025, 12, 28), _d(2026, 1, 5))  # the from-date is in the year before


@pytest.mark.parametrize("raw", ["1210", "-42.58", "0000000", ".5", "5.", "1234.567", "-0", "00012.30", "-.25"])
def test_money_plain_numbers_same_as_general_path(raw):
    """The fast path for machine-written numbers (X12) gives what the general parser gives."""
    from eobreader import values

    assert parse_money(raw) == values._cents(Decimal(raw))
    assert parse_money(raw) == parse_money(" " + raw + " ")  # the general path (leading space)
    assert str(parse_money(raw)) == str(parse_money(" " + raw + " "))


def test_month_day_without_a_year_is_dated_by_the_document_only():
    from datetime import date

    from eobreader.values import parse_month_day, year_for

    assert parse_month_day("Oct 2") == (10, 2)
    assert parse_month_day("Oct. 14") == (10, 14)
    assert parse_month_day("14 Oct") == (10, 14)
    assert parse_month_day("Oct 2, 2025") is None  # a full date is parse_date's
    assert parse_month_day("Office 2") is None
    q4 = (date(2025, 10, 1), date(2025, 12, 31))
    assert year_for(10, 2, q4) == date(2025, 10, 2)
    assert year_for(1, 5, q4) is None  # outside the period: no year is guessed
    # a day a few weeks before the period claims were processed in is a service of those claims
    assert year_for(1, 7, (date(2026, 1, 20), date(2026, 2, 10))) == date(2026, 1, 7)
    assert year_for(12, 28, (date(2026, 1, 20), date(2026, 2, 10))) == date(2025, 12, 28)
    # a period across the new year
    assert year_for(1, 5, (date(2025, 12, 1), date(2026, 2, 28))) == date(2026, 1, 5)
    # no period: the last year in which it is not after the statement's date
    assert year_for(12, 30, latest=date(2026, 2, 2)) == date(2025, 12, 30)
    assert year_for(1, 20, latest=date(2026, 2, 2)) == date(2026, 1, 20)
    assert year_for(1, 20) is None
