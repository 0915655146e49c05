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


# ------------------------------------------------------------------------------------------- session 5, second batch


def test_spanish_dates_and_notice_headings():
    from eobreader.values import parse_date
    assert str(parse_date("5 de enero de 2026")) == "2026-01-05"
    assert str(parse_date("14 de septiembre de 2025")) == "2025-09-14"
    assert str(parse_date("12 ene 2026")) == "2026-01-12"
    assert match_header("Cantidad que cobró el proveedor") is Field.BILLED
    assert match_header("Cantidad aprobada por Medicare") is Field.ALLOWED
    assert match_header("Cantidad máxima que se le puede facturar") is Field.PATIENT_OWES
    assert match_header("Did Medicare Approve the Service?") is Field.APPROVED
    # the one word "Approved" stays the approved amount
    assert match_header("APPROVED") is Field.ALLOWED
    assert match_header("MAX FEE") is Field.ALLOWED
    # the document's own dates are never the date of service
    assert match_header("Notice date") is Field.OTHER_DATE and match_header("Statement date") is Field.OTHER_DATE


def test_a_long_heading_phrase_under_two_headings_is_cut_between_them():
    # "¿Se aprobó" and "Cantidad que" over "el servicio? cobró el proveedor", the lower words one space apart
    from eobreader.sources.pdf_layout import find_header, group_lines
    from eobreader.sources.pdf_words import Word as W
    top = [(42, 68, "Servicio"), (70, 117, "proporcionado"), (119, 123, "y"), (217, 228, "¿Se"), (230, 253, "aprobó"),
           (277, 306, "Cantidad"), (308, 320, "que"), (326, 355, "Cantidad"), (357, 388, "aprobada"),
           (405, 434, "Cantidad"), (436, 448, "que")]
    low = [(42, 64, "código"), (66, 74, "de"), (76, 112, "facturación"), (217, 223, "el"), (225, 253, "servicio?"),
           (258, 277, "cobró"), (279, 285, "el"), (287, 320, "proveedor"), (345, 356, "por"), (358, 388, "Medicare"),
           (400, 416, "pagó"), (418, 448, "Medicare")]
    top = [W(t, a, b, 60, 68, 6.5) for a, b, t in top]
    low = [W(t, a, b, 69, 77, 6.5) for a, b, t in low]
    hdr = find_header(group_lines(top + low), 0)
    assert hdr is not None
    got = {c.field: c.label for c in hdr.columns if c.field is not None}
    assert got[Field.APPROVED] == "¿Se aprobó el servicio?"
    assert got[Field.BILLED] == "Cantidad que cobró el proveedor"
    assert got[Field.ALLOWED] == "Cantidad aprobada por Medicare"


def test_a_spanish_claim_label_with_its_joining_words():
    from eobreader.sources.pdf import assign_claim_keys, keyed_ids
    texts = "Harlingen, TX Fecha de servicio: 5 de enero de 2026 Número de reclamación 42-2601-05-118-340".split()
    keys = keyed_ids(texts)
    assert [(lab, v) for _, lab, v in keys] == [("Número de reclamación", "42-2601-05-118-340")]
    assert assign_claim_keys([(lab, v) for _, lab, v in keys]) == {Field.PAYER_CLAIM_ID: "42-2601-05-118-340"}


def _sidebar_page(y0: float, panel: list[str], first: bool) -> list:
    ws = []
    y = y0
    if first:
        ws += row(y, [(160, "Date"), (230, "Service")]) \
            + right(y, [(470, "Billed"), (520, "Plan paid"), (570, "Your total")])
        y += 12
    for k, (d, code, amts) in enumerate([("Feb 4, 2026", "(92507)", ("$160.00", "$104.96", "$26.24")),
                                         ("Feb 6, 2026", "(97533-GO)", ("$92.00", "$60.35", "$15.09")),
                                         ("Feb 11, 2026", "(92507)", ("$160.00", "$104.96", "$26.24")),
                                         ("Feb 13, 2026", "(92507)", ("$160.00", "$104.96", "$26.24"))]):
        side = panel[k] if k < len(panel) else ""
        ws += (text_at(y, 150 - len(side) * 4.4, side) if side else []) + row(y, [(160, d), (230, "Speech treatment " + code)]) \
            + right(y, [(470, amts[0]), (520, amts[1]), (570, amts[2])])
        y += 12
    return ws


def test_a_side_panel_goes_on_beside_the_next_pages_rows():
    page1 = text_at(40, 30, "Tidewater Health") + text_at(52, 30, "Not a bill") + text_at(64, 30, "Subscriber") \
        + text_at(76, 30, "Marisol Quintanar-Day") + _sidebar_page(88, ["ID TWH-30-5518204", "Plan: Choice 2500"], True)
    page2 = _sidebar_page(40, ["Subscriber", "Marisol Quintanar-Day", "ID TWH-30-5518204"], True)
    from eobreader.sources.pdf_layout import group_lines, side_panel, side_panels
    g1, g2 = group_lines(page1), group_lines(page2, 2)
    # alone, page 2 shows too little of the panel above its table to be cut; after page 1's panel it is
    assert side_panel(g2) == list(g2)
    cut1, cut2 = side_panels([g1, g2])
    assert cut1 != list(g1) and cut2 != list(g2)
    assert all(not any(w.x1 < 155 for w in ln.words) or not any(w.x0 > 155 for w in ln.words) for ln in cut2)
    got = lines_of(read(page1, page2))
    assert len(got) == 8
    assert [str(ln.service_date) for ln in got[4:]] == ["2026-02-04", "2026-02-06", "2026-02-11", "2026-02-13"]
    assert all(ln.code in ("92507", "97533") for ln in got)


def test_a_code_in_brackets_run_into_the_charges_column():
    ws = (row(60, [(30, "Date"), (80, "Service")]) + right(60, [(300, "Billed"), (360, "Paid"), (420, "You owe")])
          + row(72, [(30, "01/12/26"), (80, "PT evaluation, moderate complexity"), (250, "(97162-GP)")])
          + right(72, [(300, "$235.00"), (360, "$34.16"), (420, "$158.54")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.billed) for ln in got] == [("97162", ("GP",), Decimal("235.00"))]


def test_a_bracketed_qualifier_stays_with_its_heading():
    from eobreader.sources.pdf_layout import _split_phrase
    from eobreader.sources.pdf_words import Word as W
    words = "Paid Adjustments (grp rsn amt)".split()
    ph = [W(t, 100 + 40 * k, 130 + 40 * k, 60, 68, 8) for k, t in enumerate(words)]
    got = [(" ".join(w.text for w in ws), f) for ws, f in _split_phrase(ph)]
    assert got == [("Paid", Field.PAID), ("Adjustments (grp rsn amt)", Field.ADJUSTMENT_CODE)]


def test_a_running_head_names_the_notices_member():
    ws = (text_at(30, 30, "WALLACE R. FENNIMORE | Notice date: February 6, 2026")
          + text_at(48, 30, "Claim number 26-012-3310-5597-00")
          + row(60, [(30, "Date"), (90, "Service")]) + right(60, [(300, "Charged"), (360, "Approved"), (420, "Paid")])
          + row(72, [(30, "01/05/26"), (90, "Therapeutic exercises (97110)")])
          + right(72, [(300, "$160.00"), (360, "$59.24"), (420, "$31.64")]))
    res = read(ws)
    assert claims_of(res)[0].patient == "WALLACE R. FENNIMORE"
    # the notice's date dates no service
    assert [str(ln.service_date) for ln in lines_of(res)] == ["2026-01-05"]


def test_a_wrapped_description_ending_with_its_code_completes_the_row_above():
    ws = (row(60, [(30, "Service Provided & Billing Code")]) + right(60, [(330, "Charged"), (390, "Approved"), (450, "Paid")])
          + row(72, [(30, "Therapeutic exercises to build strength, endurance and")])
          + right(72, [(330, "$80.00"), (390, "$29.62"), (450, "$23.23")])
          + row(82, [(30, "range of motion, each 15 min (97110)")])
          + row(94, [(30, "Paraffin bath (97018)")]) + right(94, [(330, "$40.00"), (390, "$0.00"), (450, "$0.00")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed) for ln in got] == [("97110", Decimal("80.00")), ("97018", Decimal("40.00"))]


def test_a_row_opening_with_a_date_in_words_and_a_count():
    ws = (row(60, [(30, "Service Provided & Billing Code")]) + right(60, [(330, "Charged"), (390, "Approved"), (450, "Paid")])
          + row(72, [(30, "Jan 5, 2026 2 Therapeutic exercises (97110-GP)")])
          + right(72, [(330, "$160.00"), (390, "$59.24"), (450, "$31.64")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date), ln.units) for ln in got] == [("97110", "2026-01-05", Decimal("2"))]


def test_an_address_line_with_a_date_in_words_never_heads_a_table():
    from eobreader.sources.pdf_layout import TextLine, _is_texty
    assert not _is_texty(TextLine(1, 1, tuple(row(30, [(30, "410 Quarry Rd, Aldenmoor, PA"), (300, "Received Jan 12, 2026")]))))


def test_a_running_foot_with_the_page_number_adds_no_notes():
    ws = (row(60, [(30, "Date"), (90, "Service")]) + right(60, [(300, "Charged"), (360, "Paid")]) + row(60, [(380, "Notes")])
          + row(72, [(30, "01/22/26"), (90, "Electrical stimulation (G0283)")]) + right(72, [(300, "$35.00"), (360, "$8.13")])
          + row(72, [(380, "B")])
          + row(84, [(30, "MARGUERITE D. OYELARAN-HOLT · Notice date: February 4, 2026"), (340, "Page 1 of 2")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.remarks) for ln in got] == [("G0283", ("B",))]


# ------------------------------------------------------------------------------------------- posting reports


def _posting(paid: str) -> list:
    return (row(60, [(30, "DOS"), (80, "CPT"), (120, "Mod"), (150, "U")])
            + right(60, [(210, "Charge"), (255, "Allowed"), (300, "Paid"), (340, "Ded"), (380, "Coins"), (420, "Seq"),
                         (470, "Contr.")]) + row(60, [(474, "Codes")])
            + row(72, [(30, "01/06/26"), (80, "97166"), (120, "GO"), (150, "1")])
            + right(72, [(210, "240.00"), (255, "98.20"), (300, paid), (340, "30.00"), (380, "13.64"), (420, "1.09"),
                         (470, "141.80")]) + row(72, [(474, "CO45 PR1 PR2 CO253")])
            + row(84, [(30, "01/06/26"), (80, "97530"), (120, "GO"), (150, "2")])
            + right(84, [(210, "190.00"), (255, "73.70"), (300, "57.78"), (340, "0.00"), (380, "14.74"), (420, "1.18"),
                         (470, "116.30")]) + row(84, [(474, "CO45 PR2 CO253")]))


def test_codes_printed_apart_take_the_amounts_of_the_columns_that_mean_them():
    got = lines_of(read(_posting("53.47")))
    assert [(ln.code, ln.units) for ln in got] == [("97166", Decimal("1")), ("97530", Decimal("2"))]
    assert [(a.group, a.reason, a.amount) for a in got[0].adjustments] == [
        ("CO", "45", Decimal("141.80")), ("PR", "1", Decimal("30.00")), ("PR", "2", Decimal("13.64")),
        ("CO", "253", Decimal("1.09"))]
    assert [(a.code, a.amount) for a in got[1].adjustments] == [
        ("CO-45", Decimal("116.30")), ("PR-2", Decimal("14.74")), ("CO-253", Decimal("1.18"))]


def test_codes_printed_apart_keep_no_amount_when_the_row_does_not_add_up():
    # the first row's paid amount no longer equals its charge less those amounts: no pairing is trusted
    got = lines_of(read(_posting("50.00")))
    assert [a.amount for a in got[0].adjustments] == [None, None, None, None]
    assert got[1].adjustments[0].amount == Decimal("116.30")


def test_a_heading_bracket_is_never_cut_by_the_values_under_it():
    from eobreader.sources.pdf_layout import split_by_bands
    from eobreader.sources.pdf_words import Word as W
    ws = [W("Adj", 400, 412, 60, 68, 8), W("(Grp-CARC", 414, 450, 60, 68, 8), W("Amt)", 452, 468, 60, 68, 8)]
    bands = [(400, 440), (450, 470)]
    got = split_by_bands([(ws, Field.ADJUSTMENT)], bands)
    assert [" ".join(w.text for w in g) for g, _ in got] == ["Adj (Grp-CARC Amt)"]


# ------------------------------------------------------------------------------------------- session 5, fourth batch


def test_numbered_modifier_headings_beside_units_are_cut_apart():
    from eobreader.sources.pdf_layout import _split_phrase
    from eobreader.sources.pdf_words import Word as W
    ph = [W("M1", 139.4, 148.6, 0, 8, 8), W("M2", 153.1, 162.2, 0, 8, 8), W("UNT", 166.8, 180.5, 0, 8, 8)]
    assert [f for _, f in _split_phrase(ph)] == [Field.MODIFIERS, Field.MODIFIERS, Field.UNITS]


def test_a_bracket_heading_a_column_of_its_own_stays_apart_from_the_heading_before_it():
    from eobreader.sources.pdf_layout import Column, _bracket_qualifiers
    cols = (Column(Field.ALLOWED, 363, 388, "Allowed"), Column(Field.ADJUSTMENT_CODE, 398, 453, "(Grp Rsn Amount)"))
    assert [c.field for c in _bracket_qualifiers(cols)] == [Field.ALLOWED, Field.ADJUSTMENT_CODE]
    # a bracket that only qualifies its heading is still one column with it
    cols = (Column(Field.PAYER_CLAIM_ID, 300, 340, "Claim Number"), Column(None, 342, 360, "(ICN)"))
    assert [c.label for c in _bracket_qualifiers(cols)] == ["Claim Number (ICN)"]


def test_a_payers_hyphenated_note_code_is_a_remark():
    ws = (row(60, [(30, "Date"), (80, "Proc")]) + right(60, [(250, "Billed"), (310, "Paid")]) + row(60, [(330, "EOB")])
          + row(72, [(30, "01/21/26"), (80, "97530")]) + right(72, [(250, "($285.00)"), (310, "($110.55)")])
          + row(72, [(330, "M-09")]))
    assert [ln.remarks for ln in lines_of(read(ws))] == [("M-09",)]


def test_the_last_adjustments_amount_run_into_the_paid_column():
    ws = (row(60, [(30, "SERV DATE"), (90, "PROC")]) + right(60, [(170, "BILLED"), (215, "ALLOWED")])
          + row(60, [(230, "GRP/RC-AMT"), (420, "RARC")]) + right(60, [(520, "PROV PD")])
          + row(72, [(30, "01/06/2026"), (90, "97140")]) + right(72, [(170, "75.00"), (215, "27.11")])
          + row(72, [(230, "CO-45 47.89 PR-1 0.76 PR-2 5.27 CO-253")]) + right(72, [(478, "0.42"), (520, "20.66")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.paid) for ln in got] == [("97140", Decimal("20.66"))]
    assert [(a.code, a.amount) for a in got[0].adjustments] == [
        ("CO-45", Decimal("47.89")), ("PR-1", Decimal("0.76")), ("PR-2", Decimal("5.27")), ("CO-253", Decimal("0.42"))]


def test_a_codes_spaced_modifiers_run_into_the_charge_and_the_description_is_words_only():
    ws = (row(60, [(20, "Service Date"), (70, "Service (code)")]) + right(60, [(345, "Amount Billed"), (400, "Paid")])
          + row(72, [(20, "01/05/26"), (70, "Self-care/home management training (97535")])
          + row(72, [(256, "GO"), (268, "59)")]) + right(72, [(345, "$82.00"), (400, "$51.17")])
          + row(84, [(20, "01/06/26"), (70, "Wrist-hand-finger orthosis, custom fitted")])
          + row(84, [(256, "(L3807 RT)")]) + right(84, [(345, "$410.00"), (400, "$255.84")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.billed, ln.description) for ln in got] == [
        ("97535", ("GO", "59"), Decimal("82.00"), "Self-care/home management training"),
        ("L3807", ("RT",), Decimal("410.00"), "Wrist-hand-finger orthosis, custom fitted")]


# ------------------------------------------------------------------------------------------- session 5, fifth batch


def test_an_exclusion_code_column_holds_remarks():
    assert match_header("Excl Code") is Field.REMARKS


def test_a_sentence_with_an_amount_under_a_table_is_no_value_row():
    from eobreader.sources.pdf_layout import TextLine, rows_below
    lines = [TextLine(1, 1, tuple(row(72, [(34, "4"), (54, "1/21/2026"), (110, "97530-GO")]) + right(72, [(300, "190.00")])
                                  + right(72, [(360, "148.20")]))),
             TextLine(1, 2, tuple(text_at(90, 34, "EXPLANATION CODES A $20.00 office-visit copay applies once per date.")))]
    assert [ln.number for ln in rows_below(lines, 0)] == [1]


def test_modifiers_before_the_mark_that_parts_them_from_the_words():
    ws = (row(60, [(56, "Date"), (114, "Service and code")]) + right(60, [(356, "Qty"), (420, "charged"), (470, "paid")])
          + row(72, [(56, "Jan 9, 2026"), (114, "97110 GP KX · Therapeutic exercises")])
          + right(72, [(356, "3"), (420, "$240.00"), (470, "$63.86")])
          + row(84, [(56, "Jan 22, 2026"), (114, "97129 GN · Cognitive function intervention, first 15")])
          + right(84, [(356, "2"), (420, "$180.00"), (470, "$24.42")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.units, ln.description) for ln in got] == [
        ("97110", ("GP", "KX"), Decimal("3"), "Therapeutic exercises"),
        ("97129", ("GN",), Decimal("2"), "Cognitive function intervention, first 15")]


# ------------------------------------------------------------------------------------------- session 5, sixth batch


def test_a_line_item_heading_and_a_line_number_run_into_the_date():
    assert match_header("LI") is Field.LINE_NUMBER
    ws = (row(60, [(30, "LN#"), (50, "FROM"), (100, "PROC")]) + right(60, [(250, "BILLED"), (300, "PAID")])
          + row(72, [(30, "1"), (38, "02/06/26"), (100, "97165")]) + right(72, [(250, "210.00"), (300, "98.20")]))
    assert [(ln.code, str(ln.service_date)) for ln in lines_of(read(ws))] == [("97165", "2026-02-06")]


def test_codes_with_their_modifiers_and_a_colon_a_discipline_and_a_closing_bracket():
    ws = (row(60, [(30, "Date"), (80, "Service")]) + right(60, [(400, "Billed"), (460, "Paid")])
          + row(72, [(30, "02/09/26"), (80, "97112-GO-59: Neuromuscular re-education")])
          + right(72, [(400, "$85.00"), (460, "$69.70")])
          + row(84, [(30, "01/05/26"), (80, "97161 PT evaluation, low complexity")])
          + right(84, [(400, "$220.00"), (460, "$101.12")])
          + row(96, [(30, "01/07/26"), (80, "Manual therapy (97140 GP 59) x 2")])
          + right(96, [(400, "$150.00"), (460, "$49.20")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.units) for ln in got] == [
        ("97112", ("GO", "59"), None), ("97161", (), None), ("97140", ("GP", "59"), Decimal("2"))]


def test_a_paper_remits_from_date_printed_in_the_column_before():
    ws = (row(60, [(30, "PERF PROV"), (100, "SERV DATE"), (170, "PROC")]) + right(60, [(260, "BILLED"), (320, "PROV PD")])
          + row(72, [(30, "1417739550"), (80, "0113"), (104, "011626"), (170, "97110")])
          + right(72, [(260, "480.00"), (320, "139.34")]))
    got = lines_of(read(ws))
    assert [(str(ln.service_date), str(ln.service_end)) for ln in got] == [("2026-01-13", "2026-01-16")]


def test_remark_codes_with_their_label_after_the_last_amount():
    ws = (row(60, [(30, "SERV DATE"), (100, "PROC")]) + right(60, [(250, "BILLED"), (320, "PROV PD")])
          + row(72, [(30, "011326"), (100, "0552T")]) + right(72, [(250, "95.00"), (320, "0.00")])
          + row(72, [(326, "REM: N115")]))
    assert [ln.remarks for ln in lines_of(read(ws))] == [("N115",)]


def test_a_code_line_closing_its_bracket_on_the_last_modifier_and_an_open_bracket_run_into_the_charge():
    ws = (row(60, [(30, "Date of service"), (110, "Service you got (billing code)")])
          + right(60, [(400, "Amount charged"), (460, "Plan paid")])
          + row(72, [(30, "01/05/26"), (110, "Orthotic management and training, upper")])
          + right(72, [(400, "$240.00"), (460, "$124.80")])
          + row(82, [(110, "extremity, initial encounter")]) + row(92, [(110, "(97760 GO KX)")])
          + row(104, [(30, "01/15/26"), (110, "Self-care and home management training")]) + row(104, [(338, "(daily")])
          + right(104, [(400, "$82.00"), (460, "$42.64")])
          + row(114, [(110, "living skills), each 15 minutes")]) + row(124, [(110, "(97535 GO CO)")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.billed) for ln in got] == [
        ("97760", ("GO", "KX"), Decimal("240.00")), ("97535", ("GO", "CO"), Decimal("82.00"))]


def test_a_headings_last_word_alone_on_a_third_line_and_small_words_never_cut_off():
    from eobreader.sources.pdf_layout import find_header, group_lines
    from eobreader.sources.pdf_words import Word as W
    top = [(40, 60, "Servicio"), (315, 346, "Cantidad"), (374, 408, "Cantidad"), (431, 466, "Medicare"),
           (478, 487, "Lo"), (489, 519, "maximo"), (522, 536, "que"), (540, 553, "Ver")]
    mid = [(40, 70, "Codigo"), (315, 346, "cobrada"), (372, 408, "aprobada"), (447, 466, "pago"), (498, 505, "le"),
           (507, 536, "pueden"), (540, 561, "notas")]
    low = [(505, 536, "facturar")]
    ws = ([W(t, a, b, 60, 68, 8) for a, b, t in top] + [W(t, a, b, 69, 77, 8) for a, b, t in mid]
          + [W(t, a, b, 78, 86, 8) for a, b, t in low])
    hdr = find_header(group_lines(ws), 0)
    assert hdr is not None
    got = {c.field: c.label for c in hdr.columns if c.field is not None}
    assert got[Field.PATIENT_OWES] == "Lo maximo que le pueden facturar"
    assert got[Field.REMARKS] == "Ver notas" and got[Field.PAID] == "Medicare pago"


def test_a_therapy_modifier_pushed_out_of_the_code_column():
    ws = (row(60, [(30, "Date"), (80, "Code"), (125, "Service")]) + right(60, [(330, "Qty"), (390, "charged"), (450, "paid")])
          + row(72, [(30, "1/26/2026"), (80, "97530 GP"), (125, "CQ Therapeutic activities")])
          + right(72, [(330, "2"), (390, "$190.00"), (450, "$133.00")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.description) for ln in got] == [("97530", ("GP", "CQ"), "Therapeutic activities")]


# ------------------------------------------------------------------------------------------- session 5, seventh batch


def test_a_second_row_heading_under_a_full_heading_heads_the_adjustment_lines():
    ws = (row(60, [(20, "LN"), (40, "SVC-FROM"), (90, "SVC-TO"), (140, "PROC"), (175, "MODS"), (205, "UNITS")])
          + right(60, [(280, "BILLED"), (330, "ALLOWED"), (380, "PAID")])
          + row(69, [(40, "GRP-RSN"), (90, "ADJ AMT"), (140, "REMARK")])
          + row(84, [(20, "01"), (40, "01/07/26"), (90, "01/07/26"), (140, "92523"), (175, "GN"), (205, "1.00")])
          + right(84, [(280, "290.00"), (330, "162.03"), (380, "162.03")])
          + row(93, [(40, "CO-45"), (90, "127.97")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date), ln.billed, [(a.code, a.amount) for a in ln.adjustments]) for ln in got] == [
        ("92523", "2026-01-07", Decimal("290.00"), [("CO-45", Decimal("127.97"))])]


def test_modifiers_on_the_next_text_line_or_run_into_the_charge_and_a_slash_between_code_and_modifier():
    assert match_header("Above Allowed") is Field.DISCOUNT
    ws = (row(60, [(40, "Date of service"), (84, "Service")]) + right(60, [(280, "Billed"), (330, "Plan paid")])
          + row(72, [(40, "01/09/2026"), (84, "Speech/language treatment 92507")])
          + right(72, [(280, "$160.00"), (330, "$94.72")])
          + row(82, [(84, "GN")])
          + row(94, [(40, "01/13/2026"), (84, "Therapeutic activities 97530 GO")]) + row(94, [(226, "59")])
          + right(94, [(280, "$285.00"), (330, "$168.72")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.billed) for ln in got] == [
        ("92507", ("GN",), Decimal("160.00")), ("97530", ("GO", "59"), Decimal("285.00"))]
    ws = (row(60, [(30, "Date"), (90, "Code / Mod")]) + right(60, [(250, "Billed"), (300, "Paid")])
          + row(72, [(30, "01/06/26"), (90, "97161 / GP")]) + right(72, [(250, "$220.00"), (300, "$81.20")]))
    assert [(ln.code, ln.modifiers) for ln in lines_of(read(ws))] == [("97161", ("GP",))]


def test_the_services_words_under_no_heading_start_right_after_the_count():
    from eobreader.sources.pdf_words import Word as W

    def line(y, items):
        return [W(t, a, b, y, y + 8, 8) for a, b, t in items]
    ws = (line(60, [(40, 56, "Date"), (92, 110, "Code"), (137, 150, "Qty"), (350, 380, "billed"), (414, 430, "share")])
          + line(72, [(40, 76, "01/15/2026"), (92, 114, "G0283"), (116, 126, "GP"), (146, 150, "1"),
                      (160, 191, "Electrical"), (193, 231, "stimulation,"), (358, 380, "$35.00"), (412, 430, "$6.30")])
          + line(84, [(40, 76, "01/15/2026"), (92, 112, "99213"), (146, 150, "1"), (160, 180, "Office"),
                      (182, 198, "visit,"), (200, 236, "established"), (238, 260, "patient"), (354, 380, "$165.00"),
                      (408, 430, "$29.70")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.units, ln.description) for ln in got] == [
        ("G0283", Decimal("1"), "Electrical stimulation"), ("99213", Decimal("1"), "Office visit, established patient")]


def test_a_heading_asking_whether_the_service_was_approved_holds_yes_or_no():
    assert match_header("Approved?") is Field.APPROVED
    assert match_header("Approved") is Field.ALLOWED
    ws = (row(60, [(30, "Service date"), (110, "Services provided"), (250, "Approved?")])
          + right(60, [(330, "charged"), (380, "approved"), (430, "paid")])
          + row(72, [(30, "01/26/26"), (110, "Neuromuscular re-education (97112-GP)"), (252, "Yes")])
          + right(72, [(330, "$85.00"), (380, "$33.48"), (430, "$26.24")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed, ln.allowed, ln.paid) for ln in got] == [
        ("97112", Decimal("85.00"), Decimal("33.48"), Decimal("26.24"))]


def test_a_count_written_as_a_multiplier_under_its_heading():
    from eobreader.values import parse_units
    assert parse_units("x2") == Decimal("2") and parse_units("\u00d7 3") == Decimal("3")
    ws = (row(60, [(30, "Date"), (100, "Code")]) + right(60, [(200, "Qty"), (260, "Billed"), (320, "Paid")])
          + row(72, [(30, "Dec 3, 2025"), (100, "97530-GO")]) + right(72, [(200, "x2"), (260, "$190.00"), (320, "$58.96")]))
    assert [(ln.code, ln.units) for ln in lines_of(read(ws))] == [("97530", Decimal("2"))]
