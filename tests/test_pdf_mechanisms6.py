"""General mechanisms of the PDF reader added for the seventh held-out round, each on synthetic word lists
(no PDF): headings in Spanish (accents fold, a word broken by a hyphen at a line's end is one word), two
headings printed with no space between them, a long exact label before a colon over its last word, a
header row printed again in a second language under the first."""

from __future__ import annotations

from decimal import Decimal

from pdfwords import CH, lines_of, read, row, text_at

from eobreader.sources.pdf import parse_labels
from eobreader.sources.pdf_layout import TextLine, find_header, group_lines
from eobreader.sources.pdf_words import Word
from eobreader.vocab import Field, match_header


def test_spanish_headings_fold_accents_and_join_a_hyphen_broken_word():
    assert match_header("Código") is Field.CODE
    assert match_header("Cantidad facturada") is Field.BILLED
    assert match_header("Pagado por el plan") is Field.PAID
    assert match_header("Su respon- sabilidad") is Field.PATIENT_OWES
    assert match_header("Patient Respon- sibility") is Field.PATIENT_OWES
    # a hyphen inside a word stays ("Co-pay" is still a copay; "Non-Covered" still not covered)
    assert match_header("Non-Covered") is Field.NOT_COVERED


def test_spanish_table_with_stacked_headings_is_read():
    ws = row(80, [(40, "Fecha de"), (150, "Cantidad"), (230, "Cantidad"), (380, "Su respon-")])
    ws += row(90, [(40, "servicio"), (100, "Código"), (150, "facturada"), (230, "permitida"), (300, "Pagado"),
                   (380, "sabilidad")])
    ws += row(104, [(40, "01/06/2026"), (100, "97166"), (150, "$240.00"), (230, "$192.00"), (300, "$113.60"),
                    (380, "$78.40")])
    lines = lines_of(read(ws))
    assert len(lines) == 1
    ln = lines[0]
    assert ln.code == "97166"
    assert (ln.billed, ln.allowed, ln.paid, ln.patient_owes) == (
        Decimal("240.00"), Decimal("192.00"), Decimal("113.60"), Decimal("78.40"))


def _glued_table(glued: bool) -> list[Word]:
    ws = row(80, [(40, "Date"), (100, "Code"), (150, "Billed"), (200, "Copay")])
    if glued:
        ws.append(Word("DeductibleCoinsurance", 240, 240 + 21 * CH, 80, 88, 8))
    else:
        ws += row(80, [(240, "Deductible"), (240 + 10 * CH, "Coinsurance")])
    ws += row(80, [(370, "Paid")])
    ws += row(94, [(40, "01/05/26"), (100, "97140"), (150, "150.00"), (200, "0.00"), (250, "10.00"), (300, "22.20"),
                   (370, "88.80")])
    return ws


def test_two_headings_printed_without_a_space_are_two_columns():
    lines = group_lines(_glued_table(True))
    hdr = find_header(lines, 0)
    assert hdr is not None
    assert hdr.has(Field.DEDUCTIBLE) and hdr.has(Field.COINSURANCE)
    got = lines_of(read(_glued_table(True)))
    assert len(got) == 1
    assert got[0].paid == Decimal("88.80")
    # each glued part must be a heading by itself: "McKinley" (a name) or "PaidDate" stays one word
    from eobreader.sources.pdf_layout import unglue
    name = TextLine(1, 1, (Word("McKinley", 0, 30, 0, 8, 8), Word("Paid", 40, 60, 0, 8, 8)))
    assert [w.text for w in unglue(name).words] == ["McKinley", "Paid"]


def test_a_long_exact_label_wins_over_its_last_word():
    ws = text_at(50, 40, "Proveedor: Centro Los Almendros Núm. de cuenta del proveedor: TP-20931")
    ln = TextLine(1, 1, tuple(ws))
    info = parse_labels(ln)
    assert info.get(Field.CLAIM_ID) == "TP-20931"
    assert info.get(Field.PROVIDER) == "Centro Los Almendros"


def test_a_header_printed_again_in_another_language_keeps_the_first_reading():
    ws = row(80, [(40, "Service"), (160, "Code"), (210, "Billed"), (270, "Allowed"), (330, "CHIP paid"),
                  (400, "Your copay"), (470, "Notes")])
    ws += row(90, [(40, "Servicio"), (160, "Código"), (210, "Facturado"), (270, "Permitido"), (330, "Xyzzy CHIP"),
                   (400, "Su copago")])
    ws += row(104, [(40, "OT evaluation"), (160, "97166"), (210, "$240.00"), (270, "$98.20"), (330, "$93.20"),
                    (400, "$5.00")])
    got = lines_of(read(ws))
    assert len(got) == 1
    assert got[0].paid == Decimal("93.20")
    assert got[0].copay == Decimal("5.00")


def _adj_table(adj_rows: list[list[Word]], code_head: str = "Adj Codes", amt_head: str = "Adj Amt",
               code_x: float = 300, amt_x: float = 360) -> list[Word]:
    ws = row(80, [(40, "Date"), (100, "Code"), (150, "Billed"), (210, "Paid"), (code_x, code_head), (amt_x, amt_head)])
    for r in adj_rows:
        ws += r
    return ws


def _adjs(res):
    return [tuple((a.group, a.reason, a.amount) for a in ln.adjustments) for ln in lines_of(res)]


def test_adjustments_spilling_over_the_amount_and_code_columns_are_all_read():
    ws = row(80, [(40, "Date"), (100, "Code"), (150, "Billed"), (210, "Paid"), (280, "ADJUSTMENTS"),
                  (340, "(GRP-RSN AMT)")])
    ws += row(94, [(40, "01/06/2026"), (100, "97530"), (150, "285.00"), (210, "50.55"), (280, "CO-45 174.45"),
                   (340, "OA-23 60.00")])
    assert _adjs(read(ws)) == [(("CO", "45", Decimal("174.45")), ("OA", "23", Decimal("60.00")))]


def test_fewer_adjustment_amounts_than_codes_are_never_paired_by_guess():
    # fewer amounts than codes, nothing stacked below: no pairing by guess
    ws = _adj_table([row(94, [(40, "01/06/2026"), (100, "97530"), (150, "285.00"), (210, "50.55"),
                              (300, "CO-45/PR-2"), (360, "15.40")])])
    assert _adjs(read(ws)) == [(("CO", "45", None), ("PR", "2", None))]


def test_adjustment_amounts_stacked_one_per_text_line_pair_with_the_codes():
    ws = _adj_table([row(94, [(40, "01/06/2026"), (100, "97161"), (150, "220.00"), (210, "91.40"),
                              (300, "CO-45/PR-1/PR-3"), (360, "83.60")]),
                     row(103, [(360, "25.00")]), row(112, [(360, "20.00")]),
                     row(121, [(40, "01/08/2026"), (100, "97110"), (150, "160.00"), (210, "79.20"),
                               (300, "CO-45"), (360, "60.80")])])
    assert _adjs(read(ws)) == [
        (("CO", "45", Decimal("83.60")), ("PR", "1", Decimal("25.00")), ("PR", "3", Decimal("20.00"))),
        (("CO", "45", Decimal("60.80")),),
    ]


def test_a_capital_abbreviation_glued_to_a_heading_is_its_own_column():
    ws = row(80, [(40, "Date"), (100, "Code"), (150, "Billed"), (210, "Paid")])
    ws.append(Word("POSUnits", 260, 260 + 8 * CH, 80, 88, 8))
    ws += row(94, [(40, "01/06/2026"), (100, "97530"), (150, "285.00"), (210, "50.55"), (260, "12"),
                   (260 + 7 * CH, "1")])
    got = lines_of(read(ws))
    assert len(got) == 1 and got[0].units == Decimal("1")


def test_vocab_group_reason_column_and_its_amount_column():
    assert match_header("Grp/CARC") is Field.ADJUSTMENT_CODE
    assert match_header("CARC Amt") is Field.ADJUSTMENT
    assert match_header("CARC") is Field.ADJUSTMENT_CODE


def test_amounts_ending_list_items_stay_in_the_adjustment_cell():
    ws = row(80, [(40, "Date"), (100, "Code"), (150, "Billed"), (210, "Paid"), (260, "Line Status"),
                  (320, "Adjustments")])
    ws += row(94, [(40, "01/05/2026"), (100, "97530"), (150, "$285.00"), (210, "$143.55"), (260, "Paid"),
                   (320, "CO-45 $85.50, PR-1 $40.00, PR-2 $15.95")])
    assert _adjs(read(ws)) == [(("CO", "45", Decimal("85.50")), ("PR", "1", Decimal("40.00")),
                                ("PR", "2", Decimal("15.95")))]


def test_a_person_before_a_dash_and_a_claim_number_with_a_status_segment_is_the_patient():
    ln = TextLine(1, 1, tuple(text_at(50, 40, "Zuri Abernathy-Cole - Claim number MC2601074412 - Paid")))
    info = parse_labels(ln)
    assert info.get(Field.PATIENT) == "Zuri Abernathy-Cole"
    assert info.get(Field.PAYER_CLAIM_ID) == "MC2601074412"
    # without a status segment the words before the dash stay a provider's, never a patient
    ln = TextLine(1, 1, tuple(text_at(50, 40, "Maple Rehab - Claim number MC2601074412")))
    assert Field.PATIENT not in parse_labels(ln)


def test_a_colon_less_grid_label_names_the_patient():
    ws = row(50, [(40, "Patient"), (110, "KERRIGAN, POPPY"), (230, "Billing Provider"), (330, "Riverbend Kids")])
    info = parse_labels(TextLine(1, 1, tuple(ws)))
    assert info.get(Field.PATIENT) == "KERRIGAN, POPPY"
    # a value that is not a person's name is not taken
    ws = row(50, [(40, "Patient"), (110, "see attached 44"), (230, "Billing Provider"), (330, "Riverbend Kids")])
    assert Field.PATIENT not in parse_labels(TextLine(1, 1, tuple(ws)))


def test_a_name_written_last_first_is_never_cut_after_its_comma():
    from eobreader.sources.pdf_layout import Column, cut
    # a heading printed a little right of the names under it (the last name starts under another column)
    cols = (Column(None, 24, 50, "Sect"), Column(Field.PATIENT, 52, 71, "Name"),
            Column(Field.MEMBER_ID, 132, 171, "Medicaid ID"))
    ws = [Word("MBEKI,", 24, 48, 0, 8, 8), Word("THANDO", 50, 79, 0, 8, 8), Word("M52290117", 132, 169, 0, 8, 8)]
    cells = cut(ws, cols)
    assert cells.text(Field.PATIENT) == "MBEKI, THANDO"
    assert match_header("Student Name") is Field.PATIENT


def test_a_heading_opening_with_a_colon_less_patient_label_names_the_patient():
    ln = TextLine(1, 1, tuple(text_at(50, 40, "For Kai Halvorsen-Duarte · Claim LH-26-0193-884 · Processed Jan 21, 2026")))
    assert parse_labels(ln).get(Field.PATIENT) == "Kai Halvorsen-Duarte"
    # a practice's name before a separator is not a person
    ln = TextLine(1, 1, tuple(text_at(50, 40, "Chatterbox Speech Studio • Claim JH-26-0443388")))
    assert Field.PATIENT not in parse_labels(ln)


def test_a_person_a_dash_and_a_practice_name_the_claims_patient_over_the_page_holder():
    ln = TextLine(1, 1, tuple(text_at(50, 40, "Noah K. Albright - Willow Street Pediatric OT")))
    assert parse_labels(ln).get(Field.PATIENT) == "Noah K. Albright"
    # a dash between two place names is not a person and a practice
    ln = TextLine(1, 1, tuple(text_at(50, 40, "Willow Street - Harbor View")))
    assert Field.PATIENT not in parse_labels(ln)


def test_veteran_and_injured_person_labels_name_the_patient_and_an_agency_invoice_is_the_providers_number():
    assert match_header("Veteran") is Field.PATIENT
    assert match_header("Injured Person") is Field.PATIENT
    ln = TextLine(1, 1, tuple(row(50, [(36, "CHILD: MARTINEZ-OYELARAN, AMARA"), (210, "AUTH: A26-00913"),
                                       (394, "AGENCY INV: BST-3391")])))
    info = parse_labels(ln)
    assert info.get(Field.CLAIM_ID) == "BST-3391"
    assert info.get(Field.PATIENT) == "MARTINEZ-OYELARAN, AMARA"


def test_a_continued_note_is_not_part_of_a_name():
    ln = TextLine(1, 1, tuple(text_at(50, 40, "Injured Person: Julien Delacroix (continued)")))
    assert parse_labels(ln).get(Field.PATIENT) == "Julien Delacroix"


def test_a_voucher_names_a_claim_but_a_payee_lines_voucher_is_the_payments():
    ln = TextLine(1, 1, tuple(row(50, [(36, "CHILD: OYELARAN, AMARA"), (210, "VOUCHER: EIV2601-00412")])))
    assert parse_labels(ln).get(Field.PAYER_CLAIM_ID) == "EIV2601-00412"
    ln = TextLine(1, 1, tuple(row(50, [(36, "PAYEE: MILL WHEEL THERAPY"), (210, "VOUCHER NO 0004471182"),
                                       (330, "DATE 01/29/26")])))
    info = parse_labels(ln)
    assert Field.PAYER_CLAIM_ID not in info and Field.CLAIM_ID not in info


def test_a_files_claim_number_repeated_on_a_page_heading_keeps_the_claimants_claim():
    hdr = row(140, [(40, "Date"), (100, "Code"), (150, "Billed"), (210, "Paid")])
    p1 = row(100, [(40, "Injured Person: Julien Delacroix"), (250, "Claimant No.: 54A88120417-002"),
                   (420, "Your Account No.: CSS-61053")]) + hdr
    p2 = row(60, [(300, "Claim Number: 54A88120417")]) + row(80, [(40, "Injured Person: Julien Delacroix")]) + hdr
    p2 += row(154, [(40, "01/09/2026"), (100, "97140"), (150, "$150.00"), (210, "$69.40")])
    res = read(p1, p2)
    claims = [c for st in res.statements for c in st.claims if c.lines]
    assert len(claims) == 1
    assert (claims[0].claim_id, claims[0].payer_claim_id) == ("CSS-61053", "54A88120417-002")


def test_a_post_office_box_is_not_a_claim_number():
    from eobreader.sources.pdf import keyed_ids
    assert keyed_ids("Workers' Compensation Claims PO Box 44120, Harrisford, PA".split()) == []
    assert keyed_ids("Workers' Compensation Claim 44120 Harrisford".split()) != []


def test_a_providers_last_word_does_not_turn_a_claim_label_into_another_field():
    ln = TextLine(1, 1, tuple(text_at(50, 40, "Patient: WESTBROOK, HOLLIS (Child) Provider: Linden Medical Group "
                                              "Claim: 260126-82443-00 Patient Account: LMG-90127")))
    info = parse_labels(ln)
    assert info.get(Field.PAYER_CLAIM_ID) == "260126-82443-00"
    assert info.get(Field.CLAIM_ID) == "LMG-90127"
    assert info.get(Field.PROVIDER) == "Linden Medical Group"


def test_a_letter_code_in_a_reason_column_is_kept_as_the_lines_code():
    ws = row(80, [(40, "Date"), (100, "Code"), (150, "Billed"), (210, "Paid"), (270, "Reason")])
    ws += row(94, [(40, "01/15/2026"), (100, "92523"), (150, "$290.00"), (210, "$0.00"), (270, "D")])
    got = lines_of(read(ws))
    assert len(got) == 1 and got[0].remarks == ("D",)
    # a group alone ("CO") is not such a code
    ws = row(80, [(40, "Date"), (100, "Code"), (150, "Billed"), (210, "Paid"), (270, "Reason")])
    ws += row(94, [(40, "01/15/2026"), (100, "92523"), (150, "$290.00"), (210, "$0.00"), (270, "CO")])
    assert lines_of(read(ws))[0].remarks == ()


def test_a_claim_continued_after_a_page_footer_is_the_same_claim():
    hdr = row(120, [(40, "Date"), (100, "Code"), (150, "Billed"), (210, "Paid")])
    p1 = row(90, [(40, "Patient: Tomas Reyes"), (200, "Claim #: CRX2601200044")])
    p1 += row(100, [(40, "Provider account #: BSPT-7731")]) + hdr
    p1 += row(134, [(40, "01/20/2026"), (100, "97530"), (150, "$190.00"), (210, "$90.00")])
    p1 += row(700, [(40, "Statement date: 02/04/2026"), (200, "Member ID: CRX884102733"), (400, "Page 1 of 2")])
    p2 = row(90, [(40, "Tomas Reyes - Claim # CRX2601200044 (continued)")]) + hdr
    p2 += row(134, [(40, "01/27/2026"), (100, "97530"), (150, "$190.00"), (210, "$90.00")])
    res = read(p1, p2)
    claims = [c for st in res.statements for c in st.claims if c.lines]
    assert len(claims) == 1 and len(claims[0].lines) == 2
    assert claims[0].claim_id == "BSPT-7731"
