"""General mechanisms of the PDF reader added while learning from held-out sets 20 to 27, each on synthetic
word lists (no PDF): values as first processed beside corrected ones; numbers that belong to another body;
claim numbers of other claims; colon-less keyed lines of fax-back services; two-tier remits (a claim's row
over its services); claim trailers; dated provider headings; an addressee as plan holder; amounts with
trailing punctuation, words in an amount's place; and the per-line safety net."""

from __future__ import annotations

from decimal import Decimal

from pdfwords import claims_of, lines_of, read, right, row, text_at

from eobreader.sources.pdf import keyword_pairs, parse_labels
from eobreader.sources.pdf_layout import TextLine
from eobreader.values import parse_money
from eobreader.vocab import Field, match_header


def labels(text: str) -> dict[Field, str]:
    return parse_labels(TextLine(1, 1, tuple(text_at(100, 30, text))))


def line(text: str) -> TextLine:
    return TextLine(1, 1, tuple(text_at(100, 30, text)))


# ------------------------------------------------------------------------------------------- vocabulary

def test_values_as_first_processed_are_not_the_lines_values():
    for h in ("Originally Allowed", "Plan paid before", "You owed before", "Previously Paid"):
        assert match_header(h) is Field.PRIOR, h
    # the corrected and current columns keep their meaning; a charge stays the charge
    assert match_header("Corrected Allowed") is Field.ALLOWED
    assert match_header("You owe now") is Field.PATIENT_OWES
    assert match_header("Original Charge") is Field.BILLED
    assert match_header("Prior Payer Paid") is Field.OTHER_INSURANCE


def test_words_of_medicaid_and_clinic_documents():
    assert match_header("MD1") is Field.MODIFIERS
    assert match_header("SPDN") is Field.PATIENT_OWES
    assert match_header("Client No") is Field.MEMBER_ID
    assert match_header("Errors") is Field.REMARKS
    assert match_header("Edit") is Field.REMARKS
    assert match_header("Ticket") is Field.CLAIM_ID
    assert match_header("Prepared for") is Field.HOLDER
    assert match_header("Responsibility") is Field.PATIENT_OWES


def test_a_bare_id_after_another_bodys_word_is_not_the_members():
    got = labels("Tax ID: XX-XXX4471 Provider no.: RMP-0093316")
    assert Field.MEMBER_ID not in got
    got = labels("Group No.: 0042190 Member ID: CDL-884-201")
    assert got[Field.MEMBER_ID] == "CDL-884-201"


# ------------------------------------------------------------------------------------------- claim labels

def test_a_replaced_claims_number_is_not_this_claims():
    got = labels("Wicklow Therapy · Provider's account no. WCT-55801 Replaces claim 26A-0310985")
    assert got.get(Field.CLAIM_ID) == "WCT-55801"
    assert Field.PAYER_CLAIM_ID not in got


def test_claim_headings_in_more_phrasings():
    got = labels("Insurance: Prairie Crest Health, claim 2601-88-44107")
    assert got[Field.PAYER_CLAIM_ID] == "2601-88-44107"
    got = labels("Claim 1 of 5 · Claim for Pia Ferreira-Lund · Pine Hollow Therapy Claim # 26A0411K7M")
    assert got[Field.PAYER_CLAIM_ID] == "26A0411K7M"
    assert got[Field.PATIENT] == "Pia Ferreira-Lund"
    got = labels("Visit V-41872 Ava Alder-Mbeki billed to Keystone Health Alliance, claim no. KHA2510140931")
    assert got[Field.PATIENT] == "Ava Alder-Mbeki"
    got = labels("For services to NADIA FERREIRA (Daughter) by Tidewater Speech Associates, provider account TSA-55091")
    assert got[Field.PATIENT] == "NADIA FERREIRA"
    assert got[Field.CLAIM_ID] == "TSA-55091"
    got = labels("Inés Ferreira-Holt (Daughter) Claim number CM2601-448102 Provider: Riverbend Pediatric Therapy")
    assert got[Field.PATIENT] == "Inés Ferreira-Holt"


def test_a_name_before_a_bar_is_the_patient_only_when_a_practice_is_named_apart():
    got = labels("Eli Marchetti-Kwan | Claim # 0126-77A41Q | Harbor Lane Speech Therapy")
    assert got[Field.PATIENT] == "Eli Marchetti-Kwan"
    # a name alone before the claim (maybe a practitioner's own practice): no guess
    assert Field.PATIENT not in labels("Dana Whitlock | Claim # 0126-77A41Q")


def test_colon_less_name_labels_among_numbers():
    got = labels("Member Name OKAFOR, JUNE Member ID 400199382710 Patient Acct No KTC-55012 ICN 2026016004417001")
    assert got[Field.PATIENT] == "OKAFOR, JUNE"
    got = labels("ICN 2026013000184 PAT ACCT KIDS-10442 RECIP ID 100447812B NAME OYELARAN, TOBI STATUS PAID")
    assert got[Field.PATIENT] == "OYELARAN, TOBI"
    assert got[Field.CLAIM_ID] == "KIDS-10442"


def test_letter_prefixes_and_qualified_account_labels():
    got = labels("Billed to Summit Kids Health Plan 01/08/26 · claim SKH 26011804417")
    assert got[Field.PAYER_CLAIM_ID] == "SKH 26011804417"
    got = labels("PROVIDER Alder Creek Pediatric Therapy YOUR ACCOUNT NO. AT PROVIDER R-55102 NETWORK In network")
    assert got[Field.CLAIM_ID] == "R-55102"


def test_a_note_opening_with_the_claims_number_names_the_payers_number():
    got = labels("Ticket 40211: Aspen Ridge Health Plan claim AR-2601-448120, processed 01/29/2026.")
    assert got[Field.CLAIM_ID] == "40211"
    assert got[Field.PAYER_CLAIM_ID] == "AR-2601-448120"


def test_prose_after_a_colon_is_no_name():
    got = labels("Amount charged by providers: see each claim below. Your plan paid providers directly.")
    assert Field.PROVIDER not in got


def test_a_dated_provider_heading():
    got = labels("December 8, 2025 Harbor Lights Rehabilitation")
    assert got[Field.SERVICE_DATE] == "December 8, 2025"
    assert got[Field.PROVIDER] == "Harbor Lights Rehabilitation"
    got = labels("January 9, 2026 Mei-Lin Oduya, M.D.")
    assert got[Field.PROVIDER] == "Mei-Lin Oduya, M.D."
    # a date and a person's name alone is no provider heading
    assert Field.PROVIDER not in labels("January 9, 2026 Mei-Lin Oduya")


# ------------------------------------------------------------------------------------------- keyed lines

def test_keyword_pairs_of_a_fax_back_detail():
    got = keyword_pairs(line("LN 01 DOS 01/05/26-01/05/26 PROC 97110 MOD GP,59 UNITS 2"))
    assert got == [(Field.LINE_NUMBER, "01"), (Field.SERVICE_DATE, "01/05/26-01/05/26"), (Field.CODE, "97110"),
                   (Field.MODIFIERS, "GP,59"), (Field.UNITS, "2")]
    got = dict(keyword_pairs(line("PAID 40.96 PT RESP 90.24 ADJ CO45 28.80 PR1 80.00")))
    assert got[Field.PAID] == "40.96"
    assert got[Field.PATIENT_OWES] == "90.24"
    assert got[Field.ADJUSTMENT] == "CO45 28.80 PR1 80.00"
    # a modifier followed by the next key ("MOD GP UNITS 1"); a note after the keyed values
    assert dict(keyword_pairs(line("MOD GP UNITS 1")))[Field.MODIFIERS] == "GP"
    assert dict(keyword_pairs(line("BILLED 160.00 ALLOWED PAID 0.00 NOT YET DETERMINED")))[Field.BILLED] == "160.00"
    # prose, colon labels and lines that do not open with a key are not keyed lines
    assert keyword_pairs(line("Paid in full thank you for your payment")) == []
    assert keyword_pairs(line("Billed: 160.00 Paid: 40.96")) == []
    assert keyword_pairs(line("Therapeutic exercise 97110 160.00")) == []


def test_a_fax_back_claim_detail_is_read_as_service_blocks():
    ws = (text_at(60, 30, "CLAIM NUMBER....: 2601-4471-0093")
          + text_at(72, 30, "PATIENT.........: LINDQVIST, OSKAR PATIENT ACCT: HW-22817")
          + text_at(90, 30, "LN 01 DOS 01/05/26-01/05/26 PROC 97110 MOD GP,59 UNITS 2")
          + text_at(100, 45, "BILLED 160.00 ALLOWED 131.20 DED 80.00 COPAY 0.00 COINS 10.24")
          + text_at(110, 45, "PAID 40.96 PT RESP 90.24 ADJ CO45 28.80 PR1 80.00 PR2 10.24")
          + text_at(120, 30, "LN 02 DOS 01/05/26-01/05/26 PROC 97140 MOD GP UNITS 1")
          + text_at(130, 45, "BILLED 75.00 ALLOWED 61.50 DED 0.00 COPAY 0.00 COINS 12.30")
          + text_at(140, 45, "PAID 49.20 PT RESP 12.30 ADJ CO45 13.50 PR2 12.30"))
    res = read(ws)
    got = lines_of(res)
    assert [(ln.code, ln.modifiers, ln.units, ln.billed, ln.paid) for ln in got] == [
        ("97110", ("GP", "59"), Decimal("2"), Decimal("160.00"), Decimal("40.96")),
        ("97140", ("GP",), Decimal("1"), Decimal("75.00"), Decimal("49.20")),
    ]
    assert got[0].patient_owes == Decimal("90.24")
    assert {(a.group, a.reason, a.amount) for a in got[0].adjustments} == {
        ("CO", "45", Decimal("28.80")), ("PR", "1", Decimal("80.00")), ("PR", "2", Decimal("10.24"))}
    assert claims_of(res)[0].payer_claim_id == "2601-4471-0093"
    assert claims_of(res)[0].claim_id == "HW-22817"


# ------------------------------------------------------------------------------------------- tables

def _corrected_table() -> list:
    head = (row(80, [(30, "Date"), (80, "Code")]) + right(80, [(200, "Billed"), (260, "Originally"), (320, "Corrected"),
                                                            (380, "Paid")])
            + right(90, [(260, "Allowed"), (320, "Allowed")]))
    body = row(104, [(30, "01/05/2026"), (80, "97530")]) + right(104, [(200, "297.00"), (260, "231.66"), (320, "154.44"),
                                                                        (380, "154.44")])
    return head + body


def test_the_corrected_value_is_the_lines_not_the_original():
    got = lines_of(read(_corrected_table()))
    assert [(ln.code, ln.allowed, ln.paid) for ln in got] == [("97530", Decimal("154.44"), Decimal("154.44"))]


def test_a_two_tier_remit_claim_rows_over_service_rows():
    ws = (row(60, [(30, "NAME"), (150, "RECIP ID"), (230, "PAT ACCT"), (300, "ICN")])
          + right(60, [(420, "BILLED AMT"), (480, "ALLOWED AMT"), (540, "PAID AMT")])
          + row(70, [(36, "DTL"), (60, "FROM"), (110, "PROC"), (150, "MOD"), (200, "UNITS")])
          + right(70, [(420, "BILLED"), (480, "ALLOWED"), (540, "PAID")])
          + row(86, [(30, "ABERNATHY-COLE, JOSIAH"), (150, "910044177320"), (230, "JMA-3318"), (300, "2226005000418")])
          + right(86, [(420, "370.00"), (480, "143.00"), (540, "143.00")])
          + row(96, [(36, "001"), (60, "010526"), (110, "97530"), (150, "GO")])
          + right(96, [(220, "3.00"), (420, "285.00"), (480, "110.55"), (540, "110.55")])
          + row(106, [(36, "002"), (60, "010526"), (110, "97112"), (150, "GO")])
          + right(106, [(220, "1.00"), (420, "85.00"), (480, "32.45"), (540, "32.45")]))
    res = read(ws)
    got = lines_of(res)
    assert [(ln.code, ln.billed) for ln in got] == [("97530", Decimal("285.00")), ("97112", Decimal("85.00"))]
    c = claims_of(res)[0]
    assert (c.claim_id, c.payer_claim_id, c.patient) == ("JMA-3318", "2226005000418", "ABERNATHY-COLE, JOSIAH")
    assert c.totals is not None and c.totals.billed == Decimal("370.00")


def test_an_addressee_over_a_street_line_is_the_holder_and_patient_where_no_other_is_named():
    ws = (text_at(40, 30, "CLARENCE W. ABERNATHY") + text_at(50, 30, "77 SYCAMORE LANE APT 3")
          + text_at(60, 30, "LAKEMONT OH 44190-2231")
          + row(90, [(30, "Date"), (80, "Code")]) + right(90, [(200, "Billed"), (260, "Paid")])
          + row(104, [(30, "01/05/2026"), (80, "97161")]) + right(104, [(200, "220.00"), (260, "34.59")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["97161"]
    assert claims_of(res)[0].patient == "CLARENCE W. ABERNATHY"


def test_words_in_an_amounts_place_are_no_amount():
    ws = (row(80, [(30, "Date"), (80, "Code")]) + right(80, [(200, "Charge"), (260, "Ins Paid"), (320, "Balance")])
          + row(94, [(30, "01/26/2026"), (80, "97530")]) + right(94, [(200, "285.00"), (260, "pending"), (320, "--")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed, ln.paid) for ln in got] == [("97530", Decimal("285.00"), None)]


def test_a_code_printed_on_the_line_under_its_row():
    ws = (row(80, [(30, "Service Provided & Billing Code")]) + right(80, [(260, "Charged"), (320, "Approved"), (380, "Paid")])
          + row(94, [(30, "PT evaluation, moderate complexity")]) + right(94, [(260, "$240.00"), (320, "$101.12"), (380, "$79.28")])
          + row(104, [(30, "(97162)")])
          + row(116, [(30, "Manual therapy (97140)")]) + right(116, [(260, "$75.00"), (320, "$27.11"), (380, "$21.26")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed) for ln in got] == [("97162", Decimal("240.00")), ("97140", Decimal("75.00"))]


# ------------------------------------------------------------------------------------------- values and safety

def test_an_amount_ending_a_phrase_keeps_its_value():
    assert parse_money("$188.40;") == Decimal("188.40")
    assert parse_money("$1,234.50,") == Decimal("1234.50")
    assert parse_money("1,234") == Decimal("1234.00")  # a thousands comma is no trailing punctuation


def test_a_line_no_step_expected_goes_to_the_unread_list_and_reading_goes_on(monkeypatch):
    from eobreader.sources import pdf as pdfmod
    from eobreader.values import ValueParseError

    real = pdfmod._Parser.totals

    def boom(self, ln, kinds):
        if "Subtotal" in ln.text:
            raise ValueParseError("not an amount: 'x'")
        return real(self, ln, kinds)

    monkeypatch.setattr(pdfmod._Parser, "totals", boom)
    ws = (row(80, [(30, "Date"), (80, "Code")]) + right(80, [(200, "Billed"), (260, "Paid")])
          + row(94, [(30, "01/05/2026"), (80, "97530")]) + right(94, [(200, "285.00"), (260, "110.55")])
          + row(104, [(30, "Subtotal")]) + right(104, [(200, "285.00"), (260, "110.55")])
          + row(114, [(30, "01/06/2026"), (80, "97110")]) + right(114, [(200, "160.00"), (260, "59.24")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["97530", "97110"]
    assert any("Subtotal" in (u.source.text or "") for u in res.unread)


def test_headings_naming_two_values_read_each_rows_second_line():
    # "Claim No. / Patient", "Provider / Pt Acct No.", "Proc / Mod": the second values printed under the first
    ws = (row(60, [(30, "Claim No. /"), (110, "Provider /"), (250, "Proc /")]) + right(60, [(330, "Charges"), (390, "Plan")])
          + row(70, [(30, "Patient"), (110, "Pt Acct No."), (250, "Mod")]) + right(70, [(330, ""), (390, "Paid")])
          + row(84, [(30, "CBA2601-004417"), (110, "Summit Hand Therapy"), (250, "97165")])
          + right(84, [(330, "210.00"), (390, "172.20")])
          + row(94, [(30, "Priya Natarajan-Cole"), (110, "SH-102948"), (250, "GO")])
          + row(106, [(250, "97760")]) + right(106, [(330, "240.00"), (390, "141.60")])
          + row(116, [(250, "GO")]))
    res = read(ws)
    got = lines_of(res)
    assert [(ln.code, ln.modifiers) for ln in got] == [("97165", ("GO",)), ("97760", ("GO",))]
    c = claims_of(res)[0]
    assert (c.payer_claim_id, c.claim_id, c.patient) == ("CBA2601-004417", "SH-102948", "Priya Natarajan-Cole")


def test_a_claim_heading_row_with_totals_opens_the_claim_its_services_follow():
    ws = (row(50, [(30, "Beneficiary Name"), (150, "Beneficiary ID"), (240, "Patient Account #"), (330, "ICN")])
          + right(50, [(470, "Billed"), (530, "Paid")])
          + row(60, [(30, "Marchetti, Gianna"), (150, "LDH0041177201"), (240, "TSOT-20931"), (330, "2026031004470")])
          + right(60, [(470, "$430.00"), (530, "$172.30")])
          + row(72, [(30, "Ln"), (50, "Svc From"), (110, "Procedure"), (170, "Modifiers")])
          + right(72, [(250, "Units"), (330, "Billed Amount"), (400, "Approved"), (470, "Paid Amount")])
          + row(84, [(30, "1"), (50, "01/05/2026"), (110, "97166"), (170, "GO")])
          + right(84, [(250, "1.00"), (330, "$240.00"), (400, "$98.60"), (470, "$98.60")])
          + row(94, [(30, "2"), (50, "01/05/2026"), (110, "97530"), (170, "GO")])
          + right(94, [(250, "2.00"), (330, "$190.00"), (400, "$73.70"), (470, "$73.70")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["97166", "97530"]
    c = claims_of(res)[0]
    assert (c.claim_id, c.payer_claim_id) == ("TSOT-20931", "2026031004470")
    assert c.totals is not None and c.totals.billed == Decimal("430.00")


def test_rows_of_a_claims_summary_do_not_take_over_the_claims_detailed_below():
    # claim rows one after another (a summary whose details follow) are no two-tier claim rows: the detail's
    # own heading names the claim its services belong to
    ws = (row(50, [(30, "Patient"), (140, "Provider"), (260, "Claim number")]) + right(50, [(420, "Amount charged"), (500, "Paid by plan")])
          + row(60, [(30, "Inés Ferreira-Holt"), (140, "Riverbend Therapy"), (260, "CM2601-448102")])
          + right(60, [(420, "$210.00"), (500, "$172.20")])
          + row(70, [(30, "Tomás Ferreira-Holt"), (140, "Bright Words Studio"), (260, "CM2601-451977")])
          + right(70, [(420, "$760.00"), (500, "$400.16")])
          + text_at(90, 30, "Inés Ferreira-Holt (Daughter) Claim number CM2601-448102 Provider: Riverbend Therapy")
          + text_at(100, 30, "Patient account RPT-40918 Received 01/16/2026")
          + row(114, [(30, "Date"), (90, "Service"), (200, "Code")]) + right(114, [(420, "Amount charged"), (500, "Paid by plan")])
          + row(126, [(30, "01/05/2026"), (90, "Self-care/home"), (200, "97535")]) + right(126, [(420, "$210.00"), (500, "$172.20")])
          + row(136, [(90, "management training")])
          + row(146, [(30, "01/07/2026"), (90, "Therapeutic activities"), (200, "97530")]) + right(146, [(420, "$95.00"), (500, "$77.90")]))
    res = read(ws)
    got = [(ln.code, c.claim_id, c.payer_claim_id, c.patient) for c in claims_of(res) for ln in c.lines]
    assert got == [("97535", "RPT-40918", "CM2601-448102", "Inés Ferreira-Holt"),
                   ("97530", "RPT-40918", "CM2601-448102", "Inés Ferreira-Holt")]


def test_first_and_last_dates_and_two_counts():
    assert match_header("First DOS") is Field.SERVICE_DATE
    assert match_header("Last DOS") is Field.SERVICE_END
    assert match_header("BILLED QTY") is Field.UNITS
    ws = (row(80, [(30, "FROM"), (90, "PROC")]) + right(80, [(180, "UNITS"), (230, "UNITS"), (300, "BILLED"), (360, "PAID")])
          + row(94, [(30, "01/05/26"), (90, "97530")]) + right(94, [(180, "2.0"), (230, "1.0"), (300, "190.00"), (360, "36.85")]))
    got = lines_of(read(ws))
    # the billed count is the line's; the payer's count beside it is read apart, never glued to it
    assert [(ln.code, ln.units, ln.billed) for ln in got] == [("97530", Decimal("2.0"), Decimal("190.00"))]


def test_a_statements_one_amount_is_the_charge():
    ws = (row(80, [(30, "Date"), (90, "Description"), (250, "Code")]) + right(80, [(320, "Qty"), (400, "Amount")])
          + row(94, [(30, "01/05/2026"), (90, "THERAPEUTIC EXERCISES"), (250, "97110 GP")])
          + right(94, [(320, "2"), (400, "160.00")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.billed, ln.paid) for ln in got] == [("97110", ("GP",), Decimal("160.00"), None)]


def test_adjustment_columns_headed_by_their_group():
    ws = (row(70, [(30, "Svc Date"), (90, "Proc")]) + right(70, [(190, "Billed"), (250, "Allowed")])
          + row(70, [(270, "Contractual (CO)"), (370, "Patient resp. (PR)")]) + right(70, [(540, "Prov Paid")])
          + row(84, [(30, "01/05/26"), (90, "97165")]) + right(84, [(190, "210.00"), (250, "98.20")])
          + row(84, [(270, "45: 111.80"), (370, "1: 40.00")]) + right(84, [(540, "45.63")])
          + row(94, [(270, "253: 0.93"), (370, "2: 11.64")]))
    got = lines_of(read(ws))
    assert len(got) == 1 and got[0].paid == Decimal("45.63")
    assert {(a.group, a.reason, a.amount) for a in got[0].adjustments} == {
        ("CO", "45", Decimal("111.80")), ("CO", "253", Decimal("0.93")),
        ("PR", "1", Decimal("40.00")), ("PR", "2", Decimal("11.64"))}


def test_names_written_last_name_first_before_the_next_label():
    got = labels("RAMIREZ-COLE, VIVIAN MBI 5TK9QW2MF61 Pat Ctrl # HT-260105-07 ICN 22260100771040 Status 1 PRIMARY")
    assert got[Field.PATIENT] == "RAMIREZ-COLE, VIVIAN"
    assert got[Field.CLAIM_ID] == "HT-260105-07"
    got = labels("PATIENT NAME QUINTANA, ROSALIE MEDICAID NO 599521242 PATIENT ACCT RT-96728")
    assert got[Field.PATIENT] == "QUINTANA, ROSALIE"
    got = labels("Patient: HADDAD, NOOR Outpatient Rehabilitation - Pediatric OT")
    assert got[Field.PATIENT] == "HADDAD, NOOR"
    # a payer's or a practice's name is no person
    assert Field.PATIENT not in labels("Saltmarsh Therapy Partners Claim 2601-HL-338841")


def test_a_date_alone_over_a_claims_heading_dates_that_claim():
    ws = (text_at(40, 30, "January 6, 2026") + text_at(50, 30, "Claim number 26-00512-744-310")
          + row(64, [(30, "Service Provided & Billing Code")]) + right(64, [(300, "Charged"), (360, "Approved"), (420, "Paid")])
          + row(76, [(30, "OT evaluation, moderate complexity (97166)")])
          + right(76, [(300, "$240.00"), (360, "$98.20"), (420, "$29.44")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date)) for ln in got] == [("97166", "2026-01-06")]


def test_a_count_before_the_services_words_under_the_codes_heading():
    ws = (row(64, [(30, "Dates of Service"), (110, "Services and Service Codes")])
          + right(64, [(380, "Charged"), (440, "Approved"), (500, "Paid")])
          + row(76, [(30, "01/15/26"), (110, "2 Therapeutic activities (97530)")])
          + right(76, [(380, "$190.00"), (440, "$73.70"), (500, "$57.78")])
          + row(86, [(30, "01/15/26"), (110, "1 Orthotic management and training (97760)")])
          + right(86, [(380, "$120.00"), (440, "$41.18"), (500, "$32.28")])
          + row(96, [(30, "01/20/26"), (110, "1 Manual therapy (97140)")])
          + right(96, [(380, "$75.00"), (440, "$27.11"), (500, "$21.26")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.units) for ln in got] == [("97530", Decimal("2")), ("97760", Decimal("1")), ("97140", Decimal("1"))]


def test_a_relationship_in_square_brackets_is_no_part_of_the_name():
    got = labels("Patient: BERTRAND OKAFOR-LINDQVIST [MEMBER] Claim # KR2601-0093315")
    assert got[Field.PATIENT] == "BERTRAND OKAFOR-LINDQVIST"


def test_a_long_description_run_into_the_count_column_keeps_the_count():
    ws = (row(64, [(30, "Date"), (90, "Code"), (130, "Description")]) + right(64, [(420, "Qty"), (480, "Amount")])
          + row(76, [(30, "01/05/2026"), (90, "97167"), (130, "OT evaluation, high complexity")])
          + right(76, [(420, "1"), (480, "275.00")])
          + row(86, [(30, "01/05/2026"), (90, "97530"), (130, "Therapeutic activities, direct one-on-one patient contact, each 15")])
          + right(86, [(420, "2"), (480, "190.00")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.units, ln.billed) for ln in got] == [("97167", Decimal("1"), Decimal("275.00")),
                                                             ("97530", Decimal("2"), Decimal("190.00"))]


def test_a_heading_line_of_word_halves_ending_with_an_abbreviation_is_no_sentence():
    from eobreader.sources.pdf_layout import _is_sentence
    assert not _is_sentence(line("Service HCPCS Billed Discount Covered ible urance Paid Resp."))
    assert _is_sentence(line("Your plan paid the provider directly and you owe the rest of the bill."))


def test_a_documents_title_is_no_member_and_a_caps_name_may_have_a_bare_initial():
    from eobreader.sources.pdf import _is_caps_name, _member_name
    assert not _member_name(["Medicare", "Summary", "Notice"])
    assert _member_name(["ROSALIND", "A", "FERRANTE"])
    assert _is_caps_name(["ROSALIND", "A", "FERRANTE"])
    assert not _is_caps_name(["A", "B"])
    got = labels("Notice for ROSALIND A FERRANTE")
    assert got[Field.PATIENT] == "ROSALIND A FERRANTE"
