"""General mechanisms of the PDF reader added for the ninth held-out round, each on synthetic word lists
(no PDF): what is "due" is what the family owes; a bare "Cost Share" beside a deductible column is only part
of the family's share; numbered modifier headings glued to the next heading; a price per unit is no
amount of the line; a number sign printed against the number; a letter prefix printed apart from its
number; the possessive "Your provider's account no."; and a running head repeated atop a page opens no
claim."""

from __future__ import annotations

from pdfwords import claims_of, lines_of, read, right, row, text_at, words_at

from eobreader.sources.pdf import parse_labels
from eobreader.sources.pdf_layout import TextLine, group_lines, unglue
from eobreader.vocab import Field, match_header


def labels(text: str) -> dict[Field, str]:
    return parse_labels(TextLine(1, 1, tuple(text_at(100, 30, text))))


def test_due_is_what_the_family_owes_never_a_date():
    assert match_header("Patient Due") is Field.PATIENT_OWES
    assert match_header("Due From Patient") is Field.PATIENT_OWES
    assert match_header("Amount Due") is Field.PATIENT_OWES
    assert match_header("Due Date") is None
    assert match_header("Ins Due") is None


def test_words_of_sharing_ministries_programs_and_rehab_remits():
    assert match_header("Personal Responsibility") is Field.PATIENT_OWES
    assert match_header("Shared") is Field.PAID
    assert match_header("Need #") is Field.PAYER_CLAIM_ID
    assert match_header("Family Share") is Field.PATIENT_OWES
    assert match_header("Amount Authorized") is Field.ALLOWED
    assert match_header("Consumer") is Field.PATIENT
    assert match_header("Service Date(s)") is Field.SERVICE_DATE
    assert match_header("Expl") is Field.REMARKS
    # a price per unit is its own column, never the units nor the allowed amount
    assert match_header("Unit Rate") is Field.RATE
    assert match_header("Rate per Unit") is Field.RATE
    assert match_header("Units") is Field.UNITS
    assert match_header("Authorized Units") is Field.UNITS


def test_numbered_modifier_headings_glued_to_the_next_heading_are_split():
    ln = TextLine(1, 1, tuple(words_at(100, [(30, "HCPCS"), (70, "Mod"), (84, "1Mod"), (102, "2Units")])))
    assert [w.text for w in unglue(ln).words] == ["HCPCS", "Mod", "1", "Mod", "2", "Units"]


HEAD = [(30, "Date"), (80, "Code"), (120, "Units"), (160, "Unit Rate"), (240, "Billed"), (300, "Paid")]


def test_a_unit_rate_column_is_not_read_as_the_billed_amount():
    res = read(
        row(100, HEAD)
        + words_at(112, [(30, "01/05/2026"), (80, "97535"), (125, "6")]) + right(112, [(200, "48.00"), (270, "492.00"), (325, "288.00")]),
    )
    (ln,) = lines_of(res)
    assert ln.units == 6 and str(ln.billed) == "492.00" and str(ln.paid) == "288.00"


def test_cost_share_beside_a_deductible_is_part_of_the_share_not_all_of_it():
    head = [(30, "Date"), (80, "Proc"), (130, "Billed"), (190, "Deductible"), (260, "Cost Share"), (330, "Paid")]
    res = read(row(100, head) + words_at(112, [(30, "01/05/26"), (80, "97110")])
               + right(112, [(160, "320.00"), (235, "50.00"), (300, "43.50"), (350, "130.50")]))
    (ln,) = lines_of(res)
    assert ln.patient_owes is None  # deductible + cost share is what the family owes; the page never prints it
    assert str(ln.paid) == "130.50"
    # a "Total cost share" (or a table without a deductible column) is the whole share
    head2 = [(30, "Date"), (80, "Proc"), (130, "Billed"), (190, "Deductible"), (260, "Total Cost Share"), (350, "Paid")]
    res = read(row(100, head2) + words_at(112, [(30, "01/05/26"), (80, "97110")])
               + right(112, [(160, "320.00"), (235, "50.00"), (320, "93.50"), (370, "130.50")]))
    (ln,) = lines_of(res)
    assert str(ln.patient_owes) == "93.50"


def test_number_sign_against_the_number_keys_the_claim():
    got = labels("01/05/26 Visit #V10877 Billed to Cascade Mutual Insurance Claim #26005Q00124 Processed 01/27/26")
    assert got[Field.CLAIM_ID] == "V10877"
    assert got[Field.PAYER_CLAIM_ID] == "26005Q00124"


def test_letter_prefix_apart_from_its_number_is_kept():
    assert labels("Provider reference: CVS 2026-0319")[Field.CLAIM_ID] == "CVS 2026-0319"
    # but a word after the number is not part of it
    assert labels("Provider reference: HKT-77120 Paid")[Field.CLAIM_ID] == "HKT-77120"


def test_your_providers_account_number_is_the_providers():
    got = labels("Your provider's account no. TH-2026-00417")
    assert got[Field.CLAIM_ID] == "TH-2026-00417"
    assert Field.PAYER_CLAIM_ID not in got


def _page(number: int, heading: list, rows: list[tuple[str, str, str, str]]):
    y = 60
    ws = text_at(40, 30, "Member: WENDELL PARK ID: CPL-4471092-01 Plan: Copperline Choice PPO")
    ws += text_at(52, 30, f"Page {number} of 2")
    for ln in heading:
        ws += text_at(y, 30, ln)
        y += 12
    ws += row(y, [(30, "Date"), (90, "Code"), (150, "Charged"), (220, "Plan paid"), (300, "Your share")])
    y += 12
    for d, code, billed, paid in rows:
        ws += words_at(y, [(30, d), (90, code)]) + right(y, [(185, billed), (260, paid), (340, "10.00")])
        y += 12
    return ws


def test_running_head_on_the_next_page_does_not_open_a_claim():
    p1 = _page(1, ["Patient: Hye-jin Park Claim no. EC26016620317"], [("01/08/26", "97165", "210.00", "120.96")])
    p2 = _page(2, [], [("01/22/26", "97530", "285.00", "164.16")])
    res = read(p1, p2)
    (claim,) = claims_of(res)
    assert claim.patient == "Hye-jin Park"
    assert claim.payer_claim_id == "EC26016620317"
    assert [ln.code for ln in claim.lines] == ["97165", "97530"]


def test_a_line_repeated_at_another_height_is_no_running_head():
    from eobreader.sources.pdf import running_heads

    pages = [group_lines(text_at(40, 30, "Patient: Ana Ruiz"), 1), group_lines(text_at(90, 30, "Patient: Ana Ruiz"), 2)]
    assert running_heads(pages) == frozenset()
    pages = [group_lines(text_at(40, 30, "Patient: Ana Ruiz"), 1), group_lines(text_at(40, 30, "Patient: Ana Ruiz"), 2)]
    assert running_heads(pages) == frozenset({"Patient: Ana Ruiz"})


def test_a_programs_own_paid_column_is_named_like_its_rate_column():
    # an early-intervention program pays after the family's insurance: "INS PAID" is the other payer's,
    # "EI PAID" (named like "EI RATE") is the program's own payment
    head = [(30, "SVC DATE"), (90, "PROC"), (140, "CHARGED"), (200, "EI RATE"), (260, "INS PAID"), (320, "EI PAID")]
    res = read(row(100, head) + words_at(112, [(30, "01/05/26"), (90, "97530GO")])
               + right(112, [(180, "380.00"), (240, "184.25"), (300, "82.91"), (360, "101.34")]))
    (ln,) = lines_of(res)
    assert str(ln.paid) == "101.34" and str(ln.allowed) == "184.25"
    # without a program word shared with the rate column, the insurer's column stays the document's own
    head2 = [(30, "SVC DATE"), (90, "PROC"), (140, "CHARGED"), (200, "ALLOWED"), (260, "INS PAID"), (320, "EI PAID")]
    res = read(row(100, head2) + words_at(112, [(30, "01/05/26"), (90, "97530GO")])
               + right(112, [(180, "380.00"), (240, "184.25"), (300, "82.91"), (360, "101.34")]))
    (ln,) = lines_of(res)
    assert str(ln.paid) == "82.91"


def test_comma_joined_adjustments_and_payer_reason_codes_have_their_shapes():
    from eobreader.sources.pdf_layout import Kind, token_kind

    assert token_kind("CO-45,OA-23") == Kind.ADJ
    assert token_kind("CO45/PR2") == Kind.ADJ
    assert token_kind("E12") == Kind.REMARK and token_kind("R11") == Kind.REMARK
    assert token_kind("E1") == Kind.MOD  # a two-character modifier stays a modifier
    assert token_kind("97530-GO,59") == Kind.CODE


def test_dates_without_a_year_take_the_statements_period():
    res = read(
        text_at(40, 30, "Quarterly Family Health Statement | October 1 - December 31, 2025")
        + row(100, [(30, "Date"), (80, "Service"), (220, "Qty"), (260, "Billed"), (320, "Plan paid")])
        + words_at(112, [(30, "Oct"), (48, "2"), (80, "Office"), (110, "visit"), (140, "(99213)"), (225, "1")])
        + right(112, [(290, "$165.00"), (360, "$45.60")])
    )
    (ln,) = lines_of(res)
    assert ln.service_date is not None and ln.service_date.isoformat() == "2025-10-02"


def test_a_date_without_a_year_and_nothing_to_date_it_is_not_guessed():
    res = read(
        row(100, [(30, "Date"), (80, "Service"), (220, "Qty"), (260, "Billed"), (320, "Plan paid")])
        + words_at(112, [(30, "Oct"), (48, "2"), (80, "Office"), (110, "visit"), (140, "(99213)"), (225, "1")])
        + right(112, [(290, "$165.00"), (360, "$45.60")])
    )
    assert not any(ln.service_date for ln in lines_of(res))


def _panel_page(right_panel: bool):
    """A table beside a panel of plan-year notes that starts above the table."""
    px, tx = (420, 30) if right_panel else (30, 200)
    ws = text_at(30, 30, "Fjordline Health Member Statement")
    for k, t in enumerate(["Family deductible", "$1,500.00 of $1,500.00", "Good to know",
                           "Therapy visits need", "no referral on", "your plan."]):
        ws += text_at(50 + 12 * k, px, t)
    ws += text_at(62, tx, "Claim 25Q4-80417-0 Acct FM-55102")
    ws += row(80, [(tx, "Date"), (tx + 50, "Code"), (tx + 90, "Billed"), (tx + 140, "Plan paid")])
    for k, (code, b, p) in enumerate([("97110", "160.00", "104.96"), ("97140", "75.00", "49.20")]):
        y = 98 + 12 * k
        ws += words_at(y, [(tx, "01/05/26"), (tx + 50, code)]) + right(y, [(tx + 120, b), (tx + 180, p)])
    return ws


def test_a_side_panel_is_not_read_into_the_rows():
    for right_panel in (True, False):
        res = read(_panel_page(right_panel))
        got = [(ln.code, str(ln.billed), str(ln.paid)) for ln in lines_of(res)]
        assert got == [("97110", "160.00", "104.96"), ("97140", "75.00", "49.20")], right_panel
        assert not res.unread


def test_a_tables_last_text_column_is_no_side_panel():
    # a notes column under its own heading: part of the table, kept on its rows
    from eobreader.sources.pdf_layout import side_panel

    ws = text_at(30, 30, "Plan Statement")
    for k in range(4):
        ws += text_at(42 + 12 * k, 30, f"Line of page text {k}") + text_at(42 + 12 * k, 330, f"note {k} here")
    ws += row(100, [(30, "Date"), (80, "Code"), (130, "Billed"), (190, "Paid"), (330, "Notes")])
    for k in range(3):
        y = 112 + 12 * k
        ws += words_at(y, [(30, "01/05/26"), (80, "97110")]) + right(y, [(160, "160.00"), (220, "104.96")]) \
            + text_at(y, 330, "Paid at the network rate")
    lines = group_lines(ws, 1)
    assert [ln.text for ln in side_panel(lines)] == [ln.text for ln in lines]


def test_a_code_inside_a_wrapped_description_is_the_rows_code():
    head = [(30, "Date"), (100, "Service"), (250, "Billed"), (320, "Plan paid")]
    res = read(
        row(100, head)
        + words_at(112, [(30, "01/06/2026"), (100, "Speech"), (140, "and")]) + right(112, [(280, "$290.00"), (350, "$190.24")])
        + text_at(124, 100, "language") + text_at(136, 100, "evaluation (92523") + text_at(148, 100, "GN)")
        + words_at(164, [(30, "01/06/2026"), (100, "Speech"), (140, "therapy")]) + right(164, [(280, "$160.00"), (350, "$104.96")])
        + text_at(176, 100, "session (92507 GN)")
    )
    got = [(ln.code, ln.modifiers, str(ln.billed)) for ln in lines_of(res)]
    assert got == [("92523", ("GN",), "290.00"), ("92507", ("GN",), "160.00")]


def test_a_description_printed_before_its_amounts_still_gives_its_code_to_them():
    # the other order: the code line comes first, the amounts on the next line (no wrap of the row above)
    head = [(30, "Date"), (100, "Service"), (250, "Billed"), (320, "Plan paid")]
    res = read(
        row(100, head)
        + text_at(112, 100, "Therapeutic activities (97530-GO)")
        + words_at(124, [(30, "01/06/2026")]) + right(124, [(280, "$190.00"), (350, "$120.00")])
        + text_at(140, 100, "Self-care training (97535-GO)")
        + words_at(152, [(30, "01/06/2026")]) + right(152, [(280, "$82.00"), (350, "$50.00")])
    )
    assert [(ln.code, str(ln.billed)) for ln in lines_of(res)] == [("97530", "190.00"), ("97535", "82.00")]


def test_code_and_modifier_heading_and_bracketed_modifiers():
    from eobreader.values import code_and_modifiers_in_text

    assert match_header("Service provided (code and modifier)") is Field.CODE
    assert code_and_modifiers_in_text("Speech therapy session (92507 GN)") == ("92507", ("GN",))
    assert code_and_modifiers_in_text("Manual therapy (97140-GP, 59)") == ("97140", ("GP", "59"))
    assert code_and_modifiers_in_text("Therapeutic exercises (97110)") == ("97110", ())


def test_a_heading_row_ending_in_an_abbreviation_is_no_sentence():
    from eobreader.sources.pdf_layout import _is_sentence

    heading = "Date Procedure Units Charges Benefit Type Schedule Benefit Expl."
    assert not _is_sentence(TextLine(1, 1, tuple(text_at(100, 30, heading))))
    prose = "Benefits are paid to you unless you assigned them to the provider."
    assert _is_sentence(TextLine(1, 1, tuple(text_at(100, 30, prose))))


def test_words_of_fixed_indemnity_statements():
    assert match_header("Schedule Benefit") is Field.RATE  # a scheduled amount, not an allowed amount
    assert match_header("Benefit Type") is Field.DESCRIPTION
    assert match_header("Benefit Paid") is Field.PAID
    assert match_header("Covered Person") is Field.PATIENT


def test_a_service_card_gives_its_code_units_and_date_to_the_amounts_under_its_heading():
    ws = text_at(40, 30, "Claim 0M-7713-2026-0042 · Provider account no. NHT-99401")
    ws += words_at(60, [(30, "Occupational"), (90, "therapy"), (130, "evaluation"), (400, "Jan"), (418, "8,"), (430, "2026")])
    ws += text_at(72, 30, "Procedure code 97165 · Modifiers GO, 59 · 2 units")
    ws += row(86, [(30, "Billed by provider"), (130, "Plan allowed"), (210, "Plan paid"), (290, "YOUR SHARE")])
    ws += right(98, [(70, "$210.00"), (175, "$168.00"), (245, "$38.40"), (340, "$129.60")])
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.modifiers, ln.units, ln.service_date.isoformat()) == ("97165", ("GO", "59"), 2, "2026-01-08")
    assert (str(ln.billed), str(ln.allowed), str(ln.paid), str(ln.patient_owes)) == ("210.00", "168.00", "38.40", "129.60")


def test_an_address_above_a_heading_is_no_service_card():
    from eobreader.sources.pdf import card_facts

    ws = text_at(40, 30, "1200 ALDER WAY STE 4 DATE: 02/09/2026") + text_at(52, 30, "HARMON CROSSING OH 45999")
    ws += row(66, [(30, "Billed"), (100, "Paid")])
    lines = group_lines(ws, 1)
    assert card_facts(lines, 2) is None


def test_a_person_heading_with_a_provider_or_a_member_number():
    assert labels("Priya Castellanos-Oduya · Northgate Hand & Upper Limb Therapy")[Field.PATIENT] == "Priya Castellanos-Oduya"
    assert labels("SOLVEIG AMANKWAH-LINDQVIST · Member 01")[Field.PATIENT] == "SOLVEIG AMANKWAH-LINDQVIST"
    assert Field.PATIENT not in labels("CLAIM DETAIL · Page 2")


def test_words_of_letters_and_spenddown_notices():
    assert match_header("Decision") is Field.STATUS
    assert match_header("Applied to SD") is Field.PATIENT_OWES
    assert match_header("Amount Applied To") is None or match_header("Amount Applied To") is not Field.SERVICE_END
    assert match_header("To") is Field.SERVICE_END


def test_a_heading_word_broken_over_two_lines_is_one_word():
    from eobreader.sources.pdf_layout import find_header

    ws = row(100, [(30, "Date of"), (90, "Code"), (140, "Amount"), (200, "Plan"), (260, "Rea")])  # the soft hyphen is dropped by the text layer
    ws += row(110, [(30, "service"), (140, "billed"), (200, "paid"), (262, "son")])
    hdr = find_header(group_lines(ws, 1), 0)
    assert hdr is not None and hdr.columns[-1].field is Field.ADJUSTMENT_CODE


def test_a_month_and_year_is_no_date():
    import pytest as _pytest

    from eobreader.values import ValueParseError, parse_date

    with _pytest.raises(ValueParseError):
        parse_date("FEBRUARY 2026")
    assert parse_date("Feb 20, 2026").isoformat() == "2026-02-20"


def test_a_running_head_is_never_a_row_of_the_table():
    head = [(30, "ICN"), (120, "DOS"), (170, "PROC"), (220, "BILLED"), (280, "MA PAID")]
    page1 = text_at(30, 300, "CASE NO 31-0044718") + row(50, head) \
        + words_at(62, [(30, "2026005104417"), (120, "01/05/26"), (170, "99214")]) + right(62, [(250, "210.00"), (310, "112.40")])
    page2 = text_at(30, 300, "CASE NO 31-0044718") + text_at(40, 30, "BENEFIT MONTH: FEBRUARY 2026 SPENDDOWN AMOUNT: 612.00") \
        + row(50, head) + words_at(62, [(30, "2026033780026"), (120, "02/02/26"), (170, "97110")]) \
        + right(62, [(250, "160.00"), (310, "59.24")])
    res = read(page1, page2)
    assert [ln.code for ln in lines_of(res)] == ["99214", "97110"]


def test_a_day_first_document_reads_its_dates_day_first():
    from eobreader.sources.pdf import day_first

    said = [group_lines(text_at(40, 30, "All dates are shown as day/month/year."), 1)]
    assert day_first(said)
    only_dmy = [group_lines(text_at(40, 30, "19/01/2026 treatment") + text_at(60, 30, "05/01/2026 visit"), 1)]
    assert day_first(only_dmy)
    us = [group_lines(text_at(40, 30, "01/19/2026 visit") + text_at(60, 30, "05/01/2026 visit"), 1)]
    assert not day_first(us)
    head = [(30, "Treatment date"), (110, "Treatment / procedure"), (240, "Amount claimed"), (320, "Amount settled")]
    res = read(text_at(20, 30, "All dates are shown as day/month/year.") + row(100, head)
               + words_at(112, [(30, "05/01/2026"), (110, "Manual"), (145, "therapy"), (180, "[CPT"), (200, "97140"), (225, "GP]")])
               + right(112, [(290, "75.00"), (370, "67.50")]))
    (ln,) = lines_of(res)
    assert (ln.service_date.isoformat(), ln.code, ln.modifiers) == ("2026-01-05", "97140", ("GP",))


def test_note_codes_after_the_last_amount_are_remarks():
    head = [(30, "Date"), (90, "Code"), (150, "Billed"), (230, "Amount settled")]
    res = read(row(100, head) + words_at(112, [(30, "01/05/26"), (90, "97530")])
               + right(112, [(180, "190.00"), (280, "158.40")]) + words_at(112, [(286, "RC")]))
    (ln,) = lines_of(res)
    assert str(ln.paid) == "158.40" and ln.remarks == ("RC",)


def test_what_is_left_of_an_authorization_is_not_the_lines_units():
    assert match_header("Auth Units Left") is Field.REMAINING
    assert match_header("Visits Remaining") is Field.REMAINING
    assert match_header("Units") is Field.UNITS
    assert match_header("Co-ins. (10%)") is Field.COINSURANCE  # the rate it applies, amounts under it
    assert match_header("Coins %") is Field.PERCENT
    assert match_header("Excess") is Field.DEDUCTIBLE
    assert match_header("Amount settled") is Field.PAID


def test_a_numbered_block_of_labels_is_one_service():
    ws = text_at(40, 30, "CLAIM Patient Control No.: BTC-60218 Payer Claim Control No.: 2602806455120")
    ws += row(52, [(30, "Service Line 1 Date of Service: 01/05/2026"), (250, "Procedure: HC:97166:GO"),
                   (380, "Units Paid: 1")])
    ws += row(64, [(60, "Line Charge: 240.00"), (180, "Allowed (B6): 196.80"), (300, "Line Paid: 77.44")])
    ws += text_at(76, 60, "Adjustments: CO-45 43.20 PR-1 100.00 PR-2 19.36")
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.modifiers, ln.units, str(ln.billed), str(ln.paid)) == ("97166", ("GO",), 1, "240.00", "77.44")
    assert [(a.group, a.reason, str(a.amount)) for a in ln.adjustments] == [
        ("CO", "45", "43.20"), ("PR", "1", "100.00"), ("PR", "2", "19.36")]


def test_a_bare_code_heading_after_the_amounts_holds_explanation_codes():
    head = [(30, "PROC CODE"), (90, "MOD"), (130, "NO. SVCS"), (190, "AMOUNT BILLED"), (270, "CODE"), (310, "REMARK")]
    res = read(row(100, head) + words_at(112, [(30, "97165"), (90, "GO"), (140, "1"), (270, "A1"), (310, "M12")])
               + right(112, [(250, "210.00")]))
    (ln,) = lines_of(res)
    assert (ln.code, ln.modifiers, ln.units) == ("97165", ("GO",), 1)
    assert sorted(ln.remarks) == ["A1", "M12"]


def test_a_hyphenated_heading_over_two_lines():
    from eobreader.sources.pdf_layout import find_header

    ws = row(100, [(30, "DATE OF"), (100, "PROC"), (160, "AMOUNT"), (230, "COST-"), (300, "AMOUNT")])
    ws += row(110, [(30, "SERVICE"), (100, "CODE"), (160, "BILLED"), (232, "SHARE"), (300, "PAID")])
    hdr = find_header(group_lines(ws, 1), 0)
    assert hdr is not None and any(c.label == "COST-SHARE" for c in hdr.columns)


def test_a_heading_row_of_claim_fields_with_dates_over_its_values():
    info = row(40, [(30, "WORKER NAME"), (140, "CLAIM NO"), (200, "INJ DATE"), (250, "BILL ICN"), (330, "PROV ACCT"),
                    (400, "RECEIVED")])
    head = row(52, [(30, "LN"), (60, "FROM"), (110, "PROC"), (160, "UNITS"), (220, "BILLED"), (290, "PAID")])
    vals = row(70, [(30, "HALVORSEN, TRYGVE"), (140, "W4418823"), (200, "11/14/25"), (250, "2602514000123"),
                    (330, "NWR-51877"), (400, "01/20/26")])
    svc = words_at(82, [(30, "01"), (60, "010626"), (110, "97161"), (170, "1")]) + right(82, [(250, "220.00"), (320, "126.40")])
    (claim,) = claims_of(read(info + head + vals + svc))
    assert (claim.patient, claim.claim_id, claim.payer_claim_id) == ("HALVORSEN, TRYGVE", "NWR-51877", "2602514000123")
    assert [ln.code for ln in claim.lines] == ["97161"]


def test_a_long_run_of_digits_is_no_procedure_code():
    from eobreader.sources.pdf_layout import Kind, token_kind

    assert token_kind("2602514000123") != Kind.CODE
    assert token_kind("97530GO59") == Kind.CODE


def test_the_number_of_a_claim_this_one_replaces_is_not_its_own():
    got = labels("ADJUSTMENT - REPLACES BILL ICN 2512203000412 (CREDIT LINE FOLLOWED BY REPROCESSED LINE)")
    assert Field.PAYER_CLAIM_ID not in got


def test_a_name_written_last_first_between_two_claim_numbers():
    got = labels("Acct 55102883 WOJCIK, HENRYK Payer ICN 2602711830045 Svc 01/05/2026-01/09/2026")
    assert got[Field.PATIENT] == "WOJCIK, HENRYK"
    assert got[Field.CLAIM_ID] == "55102883" and got[Field.PAYER_CLAIM_ID] == "2602711830045"


def test_a_list_of_modifiers_in_one_word():
    from eobreader.sources.pdf_layout import Kind, token_kind

    assert token_kind("GP,59") == Kind.MOD and token_kind("GO/KX") == Kind.MOD
    assert token_kind("01/05") != Kind.MOD


def test_a_stacked_heading_beats_a_lower_line_that_names_a_field_twice():
    from eobreader.sources.pdf_layout import find_header

    up = row(100, [(30, "Invoice"), (100, "Service"), (150, "Proc"), (300, "Unit"), (350, "Amount"), (420, "Amount")])
    low = row(110, [(30, "No."), (100, "Date"), (150, "Code"), (250, "Units"), (300, "Rate"), (350, "Billed"),
                    (420, "Approved")])
    hdr = find_header(group_lines(up + low, 1), 0)
    assert hdr is not None
    assert [c.field for c in hdr.columns if c.field is not None] == [
        Field.CLAIM_ID, Field.SERVICE_DATE, Field.CODE, Field.UNITS, Field.RATE, Field.BILLED, Field.ALLOWED]


def test_another_payers_number_is_not_this_payers_claim_number():
    assert labels("Your patient account: CPR-31882 Medicare ICN: 22602602217701")[Field.CLAIM_ID] == "CPR-31882"
    assert Field.PAYER_CLAIM_ID not in labels("Your patient account: CPR-31882 Medicare ICN: 22602602217701")
    assert labels("Patient: MERRIWEATHER, JUNE A Plan claim no.: ESP26-0041187")[Field.PAYER_CLAIM_ID] == "ESP26-0041187"


def test_a_colon_less_name_label_then_last_name_first():
    got = labels("NAME WINTERBOURNE, HAROLD MBI 4TR9KE2WD63 PAT CNTL # RB2601-0447 ICN 22602600412507 TOB 741")
    assert got[Field.PATIENT] == "WINTERBOURNE, HAROLD"
    assert got[Field.CLAIM_ID] == "RB2601-0447"


def test_a_name_ends_before_its_chart_number_label():
    assert labels("Patient: Redcloud, Sage T. Chart 004471 Alternate resource: Medicaid")[Field.PATIENT] == "Redcloud, Sage T."
    assert match_header("Document Control No.") is Field.PAYER_CLAIM_ID


def test_of_two_allowed_columns_the_one_called_allowed_is_the_allowed_amount():
    head = [(30, "Date"), (90, "Code"), (140, "Billed"), (200, "Medicare rate"), (280, "Plan allowance"), (360, "Plan payment")]
    res = read(row(100, head) + words_at(112, [(30, "01/06/2026"), (90, "97165")])
               + right(112, [(170, "210.00"), (250, "98.20"), (330, "147.30"), (410, "117.84")]))
    (ln,) = lines_of(res)
    assert str(ln.allowed) == "147.30" and str(ln.paid) == "117.84"


def test_bars_between_heading_segments_are_kept_for_claim_headings():
    ws = text_at(30, 30, "Explanation of Benefits Member: Pieter Vandermeer ID: LKM-220-448-101")
    ws += text_at(44, 30, "Ellie Vandermeer | Tulip Lane Pediatrics | Claim number W2601-55120-9 | Provider account 31007")
    ws += row(60, [(30, "Date"), (90, "Code"), (140, "Billed"), (200, "Plan paid")])
    ws += words_at(72, [(30, "01/06/26"), (90, "99213")]) + right(72, [(170, "$165.00"), (240, "$45.35")])
    (claim,) = claims_of(read(ws))
    assert claim.patient == "Ellie Vandermeer" and claim.claim_id == "31007"


def test_a_bracketed_qualifier_joins_its_heading():
    from eobreader.sources.pdf_layout import find_header

    hdr = find_header(group_lines(row(100, [(30, "Claim Number"), (92, "(ICN)"), (140, "DOS"), (190, "Code"),
                                            (240, "Billed"), (300, "Paid")]), 1), 0)
    assert hdr is not None and hdr.columns[0].field is Field.PAYER_CLAIM_ID and hdr.columns[0].label == "Claim Number (ICN)"


def test_a_last_first_name_with_a_bracketed_account_heads_its_claims():
    assert labels("Ruiz, Camila (Acct 10442)")[Field.PATIENT] == "Ruiz, Camila"


def test_a_notice_opening_with_its_members_name():
    assert labels("WALTER P INGERSOLL Medicare Number: 7EK4-TQ2-MN81 Date: February 4, 2026")[Field.PATIENT] \
        == "WALTER P INGERSOLL"
    # the name alone on its line, the member's id on the next
    ws = text_at(30, 30, "ROSALIND T. FAIRWEATHER") + text_at(42, 30, "Member ID: SGA00917733")
    ws += row(60, [(30, "Date"), (90, "Code"), (140, "Billed"), (200, "Plan paid")])
    ws += words_at(72, [(30, "01/06/26"), (90, "97163")]) + right(72, [(170, "$265.00"), (240, "$101.12")])
    (claim,) = claims_of(read(ws))
    assert claim.patient == "ROSALIND T. FAIRWEATHER"
    # a heading naming a field is no person
    assert Field.PATIENT not in labels("CLAIM DETAIL Member ID: SGA00917733")


def test_note_letters_keep_their_printed_case():
    from eobreader.sources.pdf import _read_remarks

    assert _read_remarks("a, b") == ["a", "b"]
    assert _read_remarks("N130 M15") == ["N130", "M15"]


def test_a_date_heading_over_the_services_of_that_day():
    head = [(30, "Service you got"), (260, "Provider charged"), (360, "Plan's share"), (440, "Your share")]
    ws = row(100, head) + text_at(112, 30, "Monday, January 5, 2026")
    ws += text_at(124, 34, "PT evaluation, high complexity (97163-GP)") + right(124, [(320, "$265.00"), (400, "$75.16"), (480, "$30.00")])
    ws += text_at(136, 30, "Wednesday, January 7, 2026")
    ws += text_at(148, 34, "Therapeutic exercises (97110-GP)") + right(148, [(320, "$160.00"), (400, "$31.61"), (480, "$30.00")])
    got = [(ln.code, ln.service_date.isoformat()) for ln in lines_of(read(ws))]
    assert got == [("97163", "2026-01-05"), ("97110", "2026-01-07")]


def test_billed_and_paid_units_side_by_side():
    over = [(142, "BILL"), (202, "PAID"), (262, "BILLED"), (332, "PAID")]
    head = [(30, "FROM-DOS"), (90, "PROC"), (140, "UNITS"), (200, "UNITS"), (260, "AMT"), (330, "AMT"),
            (400, "EOB"), (440, "ARC / AMT")]
    res = read(row(90, over) + row(100, head) + words_at(112, [(30, "01/08/26"), (90, "97150"), (150, "1.0"), (210, "0.0"), (400, "4421"),
                                                (440, "CO-96"), (470, "55.00")])
               + right(112, [(300, "55.00"), (370, "0.00")]))
    (ln,) = lines_of(res)
    assert ln.units == 1 and str(ln.paid) == "0.00"
    assert [(a.group, a.reason, str(a.amount)) for a in ln.adjustments] == [("CO", "96", "55.00")]
    assert ln.remarks == ("4421",)


def test_the_primary_plans_allowed_amount_is_not_this_plans():
    head = [(30, "Date"), (90, "Code"), (140, "Charges"), (200, "Primary plan allowed"), (300, "This plan allows"),
            (380, "Paid by this plan")]
    res = read(row(100, head) + words_at(112, [(30, "01/06/2026"), (90, "97530")])
               + right(112, [(170, "285.00"), (260, "199.50"), (350, "213.75"), (440, "171.00")]))
    (ln,) = lines_of(res)
    assert str(ln.allowed) == "213.75" and str(ln.paid) == "171.00"


def test_a_side_panel_beside_claim_headings_that_cross_it():
    ws = text_at(30, 30, "Subscriber: MAREN LINDQVIST Member ID: XQJ 884120337 Group: 00917-CASCADE TRANSIT")
    for k, t in enumerate(["Message Center", "M1 Allowed amount is the price", "your provider agreed to.",
                           "M2 Coinsurance: your share", "after the deductible.", "M3 This claim was priced",
                           "by the plan where you", "got care."]):
        ws += text_at(44 + 12 * k, 420, t)
    ws += text_at(56, 30, "Patient: EZRA LINDQVIST Claim #: 26A008437100")
    ws += row(80, [(30, "Ln"), (50, "Date"), (100, "Procedure"), (160, "Charged"), (220, "Plan paid"), (280, "You owe"), (340, "Msg")])
    for k, (code, b, p, o, m) in enumerate([("97530-GO", "190.00", "112.86", "12.54", "M1"),
                                            ("97533-GO", "176.00", "104.54", "11.62", "M1")]):
        y = 92 + 12 * k
        ws += words_at(y, [(30, str(k + 1)), (50, "01/07/26"), (100, code), (340, m)]) \
            + right(y, [(195, b), (255, p), (315, o)])
    res = read(ws)
    assert [(ln.code, ln.remarks) for ln in lines_of(res)] == [("97530", ("M1",)), ("97533", ("M1",))]
    assert not res.unread


def test_work_queue_columns_are_headings_of_their_own():
    assert match_header("Next Step") is Field.WORKFLOW and match_header("Owner") is Field.WORKFLOW
    assert match_header("EOB") is Field.REMARKS and match_header("ARC / AMT") is Field.ADJUSTMENT_CODE
    assert match_header("DTL") is Field.LINE_NUMBER and match_header("RECIP") is Field.PATIENT


def test_a_visit_heading_then_rows_naming_the_child_by_first_name_then_the_insurers_claim_number():
    ws = row(40, [(30, "Date"), (80, "Patient"), (140, "Code"), (200, "Description"), (330, "Charge"), (390, "Ins. paid"),
                  (450, "Your balance")])
    y = 52
    for visit, child, rows_, clm in [("V-0118842", "Poppy", [("97165-GO", "210.00", "109.40", "25.00"),
                                                             ("97530-GO", "95.00", "60.80", "0.00")], "SH2601127790"),
                                     ("V-0119135", "Felix", [("92523-GN", "290.00", "160.60", "25.00")], "SH2601131042")]:
        ws += text_at(y, 30, f"Visit # {visit} · {child} Nakashima-Reyes · Provider: Maple Hollow Kids Therapy")
        y += 12
        for code, b, p, o in rows_:
            ws += words_at(y, [(30, "01/10/26"), (80, child), (140, code), (200, "Therapy")]) \
                + right(y, [(360, b), (420, p), (490, o)])
            y += 12
        ws += text_at(y, 40, f"Sunflower Health Plan claim {clm} — processed 01/24/26")
        y += 12
    claims = claims_of(read(ws))
    got = [(c.claim_id, c.payer_claim_id, c.patient, len(c.lines)) for c in claims]
    assert got == [("V-0118842", "SH2601127790", "Poppy Nakashima-Reyes", 2),
                   ("V-0119135", "SH2601131042", "Felix Nakashima-Reyes", 1)]


def test_what_it_was_for_describes_the_service():
    assert match_header("What it was for") is Field.DESCRIPTION
    assert match_header("Provider charged") is Field.BILLED


def test_a_code_heading_over_the_rows_of_that_code():
    head = [(30, "Patient"), (110, "DOS"), (170, "Payer Claim #"), (250, "Mod"), (280, "Units"), (330, "Charge"), (390, "Paid")]
    ws = row(100, head) + text_at(112, 34, "CPT 97110 Therapeutic exercises")
    for k, (who, clm, b, p) in enumerate([("Pellegrino, Nora", "TW2601220187", "80.00", "47.36"),
                                          ("Szabo, Laszlo", "RMA-0126-55120", "160.00", "88.00")]):
        y = 124 + 12 * k
        ws += row(y, [(30, who), (110, "01/12/2026"), (170, clm), (250, "GO"), (290, "1")]) + right(y, [(360, b), (420, p)])
    ws += row(148, [(110, "Subtotal 97110 (2 lines)")]) + right(148, [(360, "240.00"), (420, "135.36")])
    got = [(ln.code, ln.modifiers, str(ln.billed)) for ln in lines_of(read(ws))]
    assert got == [("97110", ("GO",), "80.00"), ("97110", ("GO",), "160.00")]


def test_a_ledger_posts_payments_and_adjustments_to_the_charge_above():
    head = [(30, "Post Date"), (80, "DOS"), (130, "Txn"), (170, "Code"), (210, "Description"), (380, "Charges"),
            (440, "Payments"), (510, "Adjustments"), (580, "Balance")]
    ws = row(100, head)
    ws += row(112, [(30, "01/07/26"), (80, "01/05/26"), (130, "CHG"), (170, "97165"), (210, "OT evaluation")]) \
        + right(112, [(420, "210.00"), (610, "210.00")])
    ws += row(124, [(30, "01/28/26"), (80, "01/05/26"), (130, "INSPMT"), (210, "Brightwater EFT 88120431 ICN 2601BW0077140")]) \
        + right(124, [(480, "91.80"), (610, "118.20")])
    ws += row(136, [(30, "01/28/26"), (80, "01/05/26"), (130, "INSADJ"), (210, "CO-45 contractual")]) \
        + right(136, [(550, "42.00"), (610, "76.20")])
    ws += row(148, [(30, "01/28/26"), (80, "01/05/26"), (130, "XFER"), (210, "To patient responsibility PR-1 60.00")]) \
        + right(148, [(610, "76.20")])
    ws += row(160, [(30, "02/06/26"), (130, "PTPMT"), (210, "Guarantor payment Visa ending 4417")]) \
        + right(160, [(480, "25.00"), (610, "51.20")])
    res = read(ws)
    (ln,) = lines_of(res)
    assert str(ln.paid) == "91.80" and ln.patient_owes is None
    assert [(a.group, a.reason, str(a.amount)) for a in ln.adjustments] == [("CO", "45", "42.00"), ("PR", "1", "60.00")]
    (claim,) = claims_of(res)
    assert claim.payer_claim_id == "2601BW0077140"


def test_a_day_month_year_date_in_words():
    head = [(30, "Service date"), (110, "What was done"), (300, "Units"), (340, "Provider billed"), (420, "Insurer paid")]
    res = read(row(100, head) + words_at(112, [(30, "05"), (42, "Jan"), (60, "2026"), (110, "Therapeutic"), (160, "activities"),
                                                (205, "(CPT"), (228, "97530-GO)"), (305, "2")])
               + right(112, [(390, "$190.00"), (470, "$82.72")]))
    (ln,) = lines_of(res)
    assert (ln.service_date.isoformat(), ln.code, ln.units) == ("2026-01-05", "97530", 2)


def test_a_person_beside_the_provider_heads_the_claims():
    from eobreader.sources.pdf import _name_beside_provider

    ln = TextLine(1, 1, tuple(row(100, [(30, "Aurelio Bastida"), (160, "Tamarind Pediatric Therapy")])))
    assert _name_beside_provider(ln) == "Aurelio Bastida"
    ln = TextLine(1, 1, tuple(row(100, [(30, "Claims Review"), (160, "Summary Page 2")])))
    assert _name_beside_provider(ln) is None


def test_units_inside_the_codes_brackets():
    from eobreader.values import units_in_brackets

    assert units_in_brackets("Therapeutic exercises (97110-GP, 3 units)") == 3
    assert units_in_brackets("(92610, 1 unit)") == 1
    assert units_in_brackets("Speech therapy (92507 GN)") is None
    assert match_header("Denied") is Field.ADJUSTMENT


def test_a_practice_before_continued_is_no_person():
    got = labels("Brightside Imaging & Pain Center (continued) Provider acct # BIP-300417 Insurer claim # GSB-26-0030662")
    assert Field.PATIENT not in got and got[Field.CLAIM_ID] == "BIP-300417"
    assert labels("Noor Haddad-Whitcombe (daughter) | Claim # 26-88120")[Field.PATIENT] == "Noor Haddad-Whitcombe"


def test_a_note_in_words_gives_only_its_codes():
    from eobreader.sources.pdf import _read_remarks

    assert _read_remarks("HMO copay collected at visit") == []
    assert _read_remarks("Appeal per N130 and M15 guidance") == ["N130", "M15"]


def test_modifiers_one_space_after_a_code_in_a_description():
    head = [(30, "Date"), (80, "Service"), (250, "Billed"), (310, "Plan paid")]
    res = read(row(100, head) + words_at(112, [(30, "01/05/26"), (80, "OT"), (95, "evaluation"), (145, "97165"),
                                                (172, "GO"), (186, "59")]) + right(112, [(280, "$210"), (340, "$138")]))
    (ln,) = lines_of(res)
    assert ln.code == "97165" and ln.modifiers == ("GO", "59") and ln.billed == 210
    res = read(row(100, head) + words_at(112, [(30, "01/05/26"), (80, "97110"), (108, "PT"), (122, "exercise")])
               + right(112, [(280, "$160"), (340, "$90")]))
    (ln,) = lines_of(res)
    assert ln.modifiers == ()  # "PT" after the code is a word of the description


def test_an_adjustment_amount_spilling_into_the_next_column():
    head = [(30, "DATE"), (80, "PROC"), (120, "BILLED"), (170, "GRP-RSN"), (215, "/ ADJ AMT"), (300, "PROV PD")]
    res = read(row(100, head) + words_at(112, [(30, "01/05/26"), (80, "97530"), (170, "CO-45"), (215, "51.30"),
                                                (240, "PR-1"), (262, "150.00")]) + right(112, [(150, "285.00"), (330, "83.70")]))
    (ln,) = lines_of(res)
    assert [(a.group, a.reason, str(a.amount)) for a in ln.adjustments] == [("CO", "45", "51.30"), ("PR", "1", "150.00")]


def test_names_first_on_every_row_are_a_column_not_a_side_panel():
    from eobreader.sources.pdf_layout import side_panel

    ws = text_at(30, 30, "Provider: Little Harbor Pediatric Therapy") + text_at(30, 300, "114 Quarry Street")
    ws += text_at(42, 30, "Notice of services") + text_at(54, 30, "Please check each service")
    ws += row(70, [(30, "Person"), (140, "Date"), (200, "Code"), (260, "Billed"), (320, "Paid")])
    for k in range(3):
        y = 82 + 12 * k
        ws += row(y, [(30, "JONAH A PELLETIER"), (140, "1/5/2026"), (200, "97530")]) + right(y, [(290, "$190.00"), (350, "$73.70")])
    lines = group_lines(ws, 1)
    assert [ln.text for ln in side_panel(lines)] == [ln.text for ln in lines]


def test_a_second_text_line_carries_the_code_and_the_insurers_claim_number():
    head = [(30, "Session date"), (100, "Session no."), (180, "Clinician"), (300, "Min"), (340, "Session fee"), (420, "Insurance paid")]
    ws = text_at(80, 30, "Sessions for Mateo Castellanos-Webb Speech therapy · Crestline Health Plan PPO") + row(100, head)
    ws += row(112, [(30, "01/02/2026"), (100, "S-260102-0417"), (180, "Kendra Oduya"), (303, "60")]) \
        + right(112, [(390, "$290.00"), (480, "$196.20")])
    ws += text_at(124, 120, "92523 · modifiers 95 · speech sound and language evaluation · insurer claim 26002E40511")
    res = read(ws)
    (ln,) = lines_of(res)
    assert (ln.code, ln.modifiers, str(ln.billed)) == ("92523", ("95",), "290.00")
    (claim,) = claims_of(res)
    assert (claim.claim_id, claim.payer_claim_id, claim.patient) == ("S-260102-0417", "26002E40511", "Mateo Castellanos-Webb")


def test_a_contract_discount_heading_beside_the_charge():
    from eobreader.sources.pdf_layout import find_header

    hdr = find_header(group_lines(text_at(100, 30, "DOS INVOICE CODE MOD QTY CHARGE CONTR DISC NET DUE PAID"), 1), 0)
    assert hdr is not None
    fields = [c.field for c in hdr.columns]
    assert Field.BILLED in fields and Field.DISCOUNT in fields
    assert fields.index(Field.DISCOUNT) == fields.index(Field.BILLED) + 1


def test_a_heading_row_ending_in_resp_dot_is_no_sentence():
    from eobreader.sources.pdf_layout import _is_sentence

    heading = "Service Description of Service Charge Savings Excluded Rsn Covered Ded. Co-pay % Benefit Resp."
    assert not _is_sentence(TextLine(1, 1, tuple(row(100, [(30 + 40 * k, t) for k, t in enumerate(heading.split())]))))


def test_glued_identifiers_are_not_codes_with_modifiers():
    from eobreader.sources.pdf_layout import Kind, token_kind

    assert token_kind("26019A4400712") != Kind.CODE and token_kind("26002E40511") != Kind.CODE
    assert token_kind("97110GPKX59") == Kind.CODE and token_kind("97530GO59") == Kind.CODE


def test_a_claim_heading_row_with_its_status_over_its_values():
    info = row(40, [(30, "Patient Name"), (130, "Patient Acct No."), (220, "Subscriber ID"), (300, "Claim Number"),
                    (380, "Received"), (440, "Claim Status")])
    vals = row(52, [(30, "Ivy Rosales"), (130, "ROS-60218"), (220, "KBX900417722"), (300, "26019A4400712"),
                    (380, "01/14/2026"), (440, "Paid")])
    head = row(70, [(30, "Service Dates"), (100, "Procedure"), (160, "Units"), (200, "Submitted"), (270, "Payment"),
                    (340, "Codes")])
    svc = words_at(82, [(30, "01/05/2026"), (100, "97530"), (165, "2"), (340, "CO-45,"), (372, "PR-1")]) \
        + right(82, [(245, "190.00"), (310, "133.00")])
    legend = text_at(100, 30, "CO-45 Charges exceed the contracted rate.") + text_at(112, 30, "PR-1 Deductible.")
    res = read(info + vals + head + svc + legend)
    (claim,) = claims_of(res)
    assert (claim.patient, claim.claim_id, claim.payer_claim_id) == ("Ivy Rosales", "ROS-60218", "26019A4400712")
    (ln,) = claim.lines
    assert [(a.group, a.reason) for a in ln.adjustments] == [("CO", "45"), ("PR", "1")]


def test_a_claim_heading_with_its_totals_that_opens_with_the_claim_number():
    got = labels("Claim 2026012700917 Member: Ana Lucía Ferreira Member ID: TK0048813 Patient Control No.: FPT-31207")
    assert (got[Field.PAYER_CLAIM_ID], got[Field.CLAIM_ID], got[Field.HOLDER]) == ("2026012700917", "FPT-31207", "Ana Lucía Ferreira")
    head = row(40, [(30, "Line"), (60, "DOS"), (110, "CPT/HCPCS"), (170, "Units"), (220, "Billed"), (290, "Paid")])
    heading = text_at(52, 30, "Claim 2026012700917 Member: Ana Lucía Ferreira Member ID: TK0048813 "
                               "Patient Control No.: FPT-31207 Status: PAID Billed $210.00 Paid $98.20")
    svc = words_at(64, [(34, "1"), (60, "1/5/2026"), (110, "97165"), (175, "1.00")]) + right(64, [(260, "$210.00"), (320, "$98.20")])
    (claim,) = claims_of(read(head + heading + svc))
    assert (claim.claim_id, claim.patient, len(claim.lines)) == ("FPT-31207", "Ana Lucía Ferreira", 1)


def test_claim_for_a_person_beside_a_provider_label():
    assert labels("Claim for Noor Lindqvist-Osei Provider: Bright Path Pediatric Therapy")[Field.PATIENT] == "Noor Lindqvist-Osei"


def test_a_subscriber_line_under_the_patients_heading_opens_no_new_claim():
    ws = text_at(30, 30, "PATIENT NAME: MONTOYA-REESE, CALEB PATIENT CONTROL NO: 88120 KEYSTONE CLAIM NO: KM26A0190022")
    ws += text_at(42, 30, "SUBSCRIBER: JORGE MONTOYA-REESE PLAN: KM CHOICE PPO 2000 CLAIM STATUS: 1 - PROCESSED AS PRIMARY")
    ws += row(60, [(30, "Line"), (60, "Svc From"), (120, "Proc"), (170, "Units"), (220, "Charges"), (290, "Payable")])
    ws += words_at(72, [(34, "1"), (60, "01/06/26"), (120, "97165"), (175, "1.0")]) + right(72, [(260, "210.00"), (330, "41.76")])
    (claim,) = claims_of(read(ws))
    assert (claim.patient, claim.claim_id, claim.payer_claim_id) == ("MONTOYA-REESE, CALEB", "88120", "KM26A0190022")
    # a notice that names only its member: the member is the patient
    ws = text_at(30, 30, "Member: Delphine Marchetti Member ID: EHX 60174 2281")
    ws += row(60, [(30, "Date"), (90, "Code"), (140, "Billed"), (200, "Plan paid")])
    ws += words_at(72, [(30, "01/05/26"), (90, "97163")]) + right(72, [(170, "$265.00"), (240, "$75.16")])
    (claim,) = claims_of(read(ws))
    assert claim.patient == "Delphine Marchetti"


def test_numbered_modifier_headings_in_one_phrase():
    from eobreader.sources.pdf_layout import _split_phrase

    parts = _split_phrase(words_at(100, [(155, "M1"), (168, "M2"), (181, "M3")]))
    assert [f for _, f in parts] == [Field.MODIFIERS] * 3
    head = [(30, "LN"), (50, "DOS-FROM"), (130, "PROC"), (155, "M1 M2 M3"), (205, "UNITS"), (250, "CHARGE"), (300, "PAID")]
    res = read(row(100, head) + words_at(112, [(34, "1"), (50, "01/05/26"), (130, "97530"), (155, "GO"), (168, "U1"),
                                                (212, "4.00")]) + right(112, [(276, "380.00"), (326, "147.40")]))
    (ln,) = lines_of(res)
    assert ln.modifiers == ("GO", "U1") and ln.units == 4


def test_a_practices_invoice_heading_dates_and_names_its_session():
    got = labels("Invoice 2026-0142 · Session 01/06/2026 · Client: Hazel Quimby-Ortega Clinician: M. Adebayo, MS")
    assert (got[Field.CLAIM_ID], got[Field.SERVICE_DATE], got[Field.PATIENT]) == ("2026-0142", "01/06/2026", "Hazel Quimby-Ortega")
    assert match_header("Client Resp.") is Field.PATIENT_OWES
    got = labels("01/06/2026 Visit V26-00118 Lucas Ferreira-Holm — Billed to Northgate Health Alliance · claim # NGA-26-0108-4471")
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID], got[Field.PATIENT]) == ("V26-00118", "NGA-26-0108-4471", "Lucas Ferreira-Holm")


def test_a_family_payment_row_is_no_service_even_with_words_under_the_code_heading():
    head = [(30, "Date"), (90, "Code"), (140, "Description"), (300, "Charges"), (370, "Your Balance")]
    res = read(row(100, head) + words_at(112, [(30, "01/06/2026"), (90, "97165"), (140, "OT"), (160, "evaluation")])
               + right(112, [(340, "210.00"), (420, "128.76")])
               + words_at(124, [(30, "01/30/2026"), (90, "Card"), (115, "payment"), (150, "-"), (160, "thank"), (185, "you")])
               + right(124, [(420, "-40.00")]))
    assert [ln.code for ln in lines_of(res)] == ["97165"]


def test_a_visit_heading_with_its_date_starts_the_next_claim_of_the_same_child():
    head = [(30, "Code"), (80, "Mod"), (120, "Units"), (170, "Billed"), (230, "Visit Rate"), (300, "Paid")]
    ws = []
    y = 40
    for day, ref, code in [("01/05/2026", "71420", "97530"), ("01/12/2026", "71446", "97533")]:
        ws += text_at(y, 30, f"Visit {day} - Kaia Morrow-Ellis")
        ws += text_at(y + 12, 30, f"Network Ref # LRN-26-00{ref} Your Claim # {ref}")
        ws += row(y + 24, head)
        ws += words_at(y + 36, [(30, code), (80, "GO"), (125, "2")]) + right(y + 36, [(200, "$190.00"), (260, "$74.00"), (330, "$54.00")])
        y += 60
    claims = claims_of(read(ws))
    assert [(c.claim_id, c.patient, c.lines[0].service_date.isoformat()) for c in claims] == [
        ("71420", "Kaia Morrow-Ellis", "2026-01-05"), ("71446", "Kaia Morrow-Ellis", "2026-01-12")]
    assert match_header("Network Ref #") is Field.PAYER_CLAIM_ID
    # a heading naming only the next visit's date dates the claim whose heading follows it
    ws2 = []
    y = 40
    for day, ref, code in [("01/05/2026", "71420", "97530"), ("01/12/2026", "71446", "97533")]:
        ws2 += text_at(y, 30, f"Visit {day}")
        ws2 += text_at(y + 12, 30, f"Network Ref # LRN-26-00{ref} Your Claim # {ref}")
        ws2 += row(y + 24, head)
        ws2 += words_at(y + 36, [(30, code), (80, "GO"), (125, "2")]) + right(y + 36, [(200, "$190.00"), (260, "$74.00"), (330, "$54.00")])
        y += 60
    claims = claims_of(read(ws2))
    assert [(c.claim_id, c.lines[0].service_date.isoformat()) for c in claims] == [("71420", "2026-01-05"), ("71446", "2026-01-12")]


def test_lettered_columns_and_a_subscriber_row_of_claim_values():
    assert match_header("(B) Not Allowed") is Field.NOT_COVERED
    assert match_header("(C) Allowed A - B") is Field.ALLOWED
    assert match_header("(G) Paid C - D - E - F") is Field.PAID
    info1 = row(40, [(30, "PATIENT"), (130, "PATIENT ACCOUNT NO."), (250, "CLAIM NO."), (340, "RECEIVED")])
    vals1 = row(52, [(30, "Odalys Ferreira"), (130, "FE-7731"), (250, "C26012P0044913"), (340, "01/16/2026")])
    info2 = row(64, [(30, "SUBSCRIBER"), (130, "MEMBER ID"), (250, "PROVIDER"), (340, "PROCESSED")])
    vals2 = row(76, [(30, "Paulo Ferreira"), (130, "CRD88120443-02"), (250, "Little Sprouts"), (340, "01/27/2026")])
    head = row(94, [(30, "Ln"), (50, "From"), (110, "Procedure"), (170, "Units"), (220, "(A) Billed"), (290, "(C) Allowed A - B")])
    svc = words_at(106, [(34, "1"), (50, "01/05/2026"), (110, "97165"), (175, "1")]) + right(106, [(260, "210.00"), (340, "172.20")])
    (claim,) = claims_of(read(info1 + vals1 + info2 + vals2 + head + svc))
    assert (claim.patient, claim.claim_id, claim.payer_claim_id) == ("Odalys Ferreira", "FE-7731", "C26012P0044913")
    assert str(claim.lines[0].allowed) == "172.20"
