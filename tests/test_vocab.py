"""Header vocabulary additions made for the PDF reader."""

import pytest

from eobreader.vocab import Field, exact_header, match_header


def test_eob_code_columns_are_remarks_not_procedure_codes():
    assert match_header("EOB CODES") is Field.REMARKS
    assert match_header("Explanation Codes") is Field.REMARKS
    assert match_header("Proc Code") is Field.CODE


def test_exact_header_ignores_word_rules():
    assert exact_header("Date of Service") is Field.SERVICE_DATE
    assert exact_header("POS NOS PROC") is None  # matched only by a word rule, so not exact
    assert match_header("POS NOS PROC") is Field.CODE


def test_bare_codes_column_is_remarks():
    assert match_header("Codes") is Field.REMARKS
    assert match_header("Code") is Field.CODE


def test_minutes_columns_of_a_charges_export():
    for h in ("Minutes", "Mins", "Treatment Minutes", "Time (min)", "Total Timed Minutes", "Tx Minutes"):
        assert match_header(h) is Field.MINUTES, h
    assert match_header("Units") is Field.UNITS  # minutes are not units
    assert match_header("Minimum Charge") is Field.BILLED  # "min" as a prefix is not minutes


def test_secondary_insurance_is_not_the_payer_or_a_payment():
    assert match_header("Secondary Insurance") is Field.SECONDARY_PAYER
    assert match_header("Secondary Payer") is Field.SECONDARY_PAYER
    assert match_header("Secondary Paid") is Field.PAID
    assert match_header("Payer") is Field.PAYER


@pytest.mark.parametrize("heading,field", [
    ("ALWD", Field.ALLOWED), ("CHG", Field.BILLED), ("UNT", Field.UNITS), ("PD", Field.PAID), ("DED", Field.DEDUCTIBLE),
    ("COIN", Field.COINSURANCE), ("RMK", Field.REMARKS), ("BLLD", Field.BILLED), ("ELIG", Field.ALLOWED),
    ("SUBM", Field.BILLED), ("PRV", Field.PROVIDER),
    ("Amt", None), ("XYZ", None), ("Tot", None), ("SVC", None),
])
def test_abbreviated_headings(heading, field):
    assert match_header(heading, abbreviations=True) is field
    if field is not None:
        assert match_header(heading) is None or match_header(heading) is field  # opt-in only


def test_claim_event_words_and_provider_references():
    # "Claim Received: 01/14/2026" / "Claim Processed:" are dates of the claim, never its number or a code
    assert match_header("Claim Received") is None
    assert match_header("Claim Processed") is None
    assert match_header("Proc") is Field.CODE
    assert match_header("Provider Ref #") is Field.CLAIM_ID
    assert match_header("Your provider's reference") is Field.CLAIM_ID
    assert match_header("Not Eligible") is Field.NOT_COVERED
    assert match_header("Procedure Modifier 1") is Field.MODIFIERS
    assert match_header("CARC 1") is Field.ADJUSTMENT_CODE
