"""General mechanisms of the PDF reader added while learning from held-out sets 42 to 45, each on synthetic
word lists (no PDF): headings overprinted into one word; stacked headings cut where every line parts; a
notice's date over its provider's line; two-tier remits whose claim rows print dates and a record number;
running balances; the addressee beside the member's number; a row's own leading date; descriptions run into
the first amount; summaries of claims; a side panel's label level with the table's heading; names opening
headings with two numbers; headings joined by "and"."""

from __future__ import annotations

from decimal import Decimal

from pdfwords import claims_of, lines_of, read, right, row, text_at

from eobreader.sources.pdf import parse_labels
from eobreader.sources.pdf_layout import TextLine, find_header, group_lines, unglue
from eobreader.sources.pdf_words import Word
from eobreader.vocab import Field


def labels(text: str) -> dict[Field, str]:
    return parse_labels(TextLine(1, 1, tuple(text_at(100, 30, text))))


# ------------------------------------------------------------------------------------------- headings

def test_two_headings_overprinted_into_one_word_are_two_words():
    ln = TextLine(1, 1, (Word("Paid", 400, 420, 50, 58, 8), Word("AmountMaximum", 459, 525, 50, 58, 8)))
    assert [w.text for w in unglue(ln).words] == ["Paid", "Amount", "Maximum"]
    # a word whose halves are no heading words stays whole
    ln = TextLine(1, 1, (Word("McAllister", 40, 80, 50, 58, 8), Word("Paid", 400, 420, 50, 58, 8)))
    assert [w.text for w in unglue(ln).words] == ["McAllister", "Paid"]


def _msn_heading(y: float) -> list[Word]:
    # three stacked heading lines printed one space apart where two columns meet ("May Be | Notes")
    w = Word
    return [w("Service", 44, 73, y, y + 8, 8), w("Provided", 76, 111, y, y + 8, 8), w("&", 113, 119, y, y + 8, 8),
            w("Billing", 122, 146, y, y + 8, 8), w("Code", 149, 169, y, y + 8, 8),
            w("Amount", 349, 380, y, y + 8, 8), w("Medicare", 454, 490, y, y + 8, 8),
            w("Maximum", 490, 525, y, y + 8, 8), w("You", 527, 542, y, y + 8, 8), w("See", 555, 570, y, y + 8, 8),
            w("Provider", 346, 380, y + 10, y + 18, 8), w("Paid", 473, 490, y + 10, y + 18, 8),
            w("May", 513, 529, y + 10, y + 18, 8), w("Be", 532, 542, y + 10, y + 18, 8),
            w("Notes", 547, 570, y + 10, y + 18, 8),
            w("Charged", 347, 380, y + 20, y + 28, 8), w("Billed", 520, 542, y + 20, y + 28, 8),
            w("Below", 546, 570, y + 20, y + 28, 8)]


def test_stacked_headings_part_where_every_line_parts():
    lines = group_lines(_msn_heading(60))
    hdr = find_header(lines, 0)
    assert hdr is not None
    fields = [c.field for c in hdr.columns]
    assert Field.PATIENT_OWES in fields and Field.REMARKS in fields and Field.PAID in fields


def test_a_heading_never_opens_with_a_joining_word():
    ws = (row(64, [(30, "Service"), (84, "Service and code")]) + right(64, [(300, "Amount"), (360, "Plan")])
          + row(74, [(30, "date")]) + right(74, [(300, "billed"), (360, "paid")])
          + row(86, [(30, "01/05/26"), (84, "97165"), (112, "GO")]) + right(86, [(300, "$210.00"), (360, "$163.80")])
          + row(96, [(30, "01/08/26"), (84, "97110"), (112, "GO"), (126, "59")])
          + right(96, [(300, "$80.00"), (360, "$49.92")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers) for ln in got] == [("97165", ("GO",)), ("97110", ("GO", "59"))]


# ------------------------------------------------------------------------------------------- claims

def test_a_date_over_the_providers_line_over_the_claim_heading_dates_the_claim():
    ws = (text_at(40, 30, "Jan 13, 2026") + text_at(50, 30, "Riverbend Outpatient Rehabilitation, (651) 555-0180")
          + text_at(60, 30, "Referred by: Helmi Tanaka-Brook Claim number 12-2601-318-904")
          + row(74, [(30, "Service Provided & Billing Code")]) + right(74, [(300, "Charged"), (360, "Approved"), (420, "Paid")])
          + row(86, [(30, "Gait training (97116-GP)")]) + right(86, [(300, "$82.00"), (360, "$30.05"), (420, "$23.56")]))
    res = read(ws)
    got = lines_of(res)
    assert [(ln.code, str(ln.service_date)) for ln in got] == [("97116", "2026-01-13")]
    assert claims_of(res)[0].payer_claim_id == "12-2601-318-904"


def test_claim_rows_that_print_dates_and_a_record_number_over_their_services():
    ws = (row(60, [(30, "TCN"), (100, "CLIENT NAME"), (194, "CLIENT ID"), (245, "MED REC"), (290, "FROM"), (320, "TO")])
          + right(60, [(392, "BILLED"), (434, "PAID")])
          + row(70, [(36, "LN"), (50, "DOS"), (90, "PROC"), (130, "MODS"), (160, "UNITS")])
          + right(70, [(392, "BILLED"), (434, "ALLOWED"), (480, "PAID")])
          + row(84, [(30, "2026033A10044530"), (100, "DRISCOLL-YUEN, BO"), (194, "K003920118"), (245, "LO-11790"),
                     (290, "010626"), (320, "011326")])
          + right(84, [(392, "430.00"), (434, "171.90")])
          + row(94, [(36, "1"), (50, "010626"), (90, "97166"), (130, "GO"), (160, "1")])
          + right(94, [(392, "240.00"), (434, "98.20"), (480, "98.20")])
          + row(104, [(36, "2"), (50, "010626"), (90, "97530"), (130, "GO"), (160, "2")])
          + right(104, [(392, "190.00"), (434, "73.70"), (480, "73.70")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["97166", "97530"]
    c = claims_of(res)[0]
    assert (c.claim_id, c.payer_claim_id, c.patient) == ("LO-11790", "2026033A10044530", "DRISCOLL-YUEN, BO")


def test_the_addressee_beside_the_members_number_over_a_street_is_the_patient_where_no_other_is_named():
    ws = (row(40, [(30, "ELEANOR B. HASKETT"), (300, "Medicare Number XXXX-XX7731")])
          + text_at(50, 30, "1418 ORCHARD RUN LN") + text_at(60, 30, "WEST BRANNOCK OR 97999")
          + row(90, [(30, "Date"), (80, "Code")]) + right(90, [(200, "Billed"), (260, "Paid")])
          + row(104, [(30, "01/05/2026"), (80, "97161")]) + right(104, [(200, "220.00"), (260, "34.59")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["97161"]
    assert claims_of(res)[0].patient == "ELEANOR B. HASKETT"


def test_rows_under_a_heading_of_claim_fields_are_a_summary_never_unread():
    ws = (row(40, [(30, "Patient"), (130, "Provider"), (300, "Claim number")]) + right(40, [(470, "Plan paid"), (530, "You owe")])
          + row(50, [(30, "Rafael Castellanos"), (130, "Summit Family Medicine"), (300, "EB26-0121-40587")])
          + right(50, [(470, "$93.70"), (530, "$35.00")])
          + row(60, [(30, "Mira Castellanos"), (130, "Brightwater Physical Therapy"), (300, "EB26-0126-41160")])
          + right(60, [(470, "$380.64"), (530, "$95.16")])
          + text_at(80, 30, "Patient: Mira Castellanos (Spouse) Claim number: EB26-0126-41160")
          + row(92, [(30, "Date"), (80, "Code")]) + right(92, [(300, "Billed"), (360, "Plan Paid")])
          + row(104, [(30, "01/12/26"), (80, "97161")]) + right(104, [(300, "220.00"), (360, "137.28")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["97161"]
    assert not res.unread
    assert [c.patient for c in claims_of(res) if c.lines] == ["Mira Castellanos"]


def test_a_name_opening_a_heading_with_two_numbers_is_the_patient():
    got = labels("Tobias Nakagawa-Reyes Claim # 26-011-004417-00 Saltmarsh Speech & Language · Your account no. SLS-77310")
    assert (got[Field.PATIENT], got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == \
        ("Tobias Nakagawa-Reyes", "SLS-77310", "26-011-004417-00")
    got = labels("Oona Brightwell · Visit V-60218 Billed to Crestline Health PPO · claim no. CBC4471092218")
    assert got[Field.PATIENT] == "Oona Brightwell"
    # a practice after the number is no person
    got = labels("Dmitri Nakagawa-Reyes Claim # 26-020-019805-00 Eastshore Sports Medicine · Your account no. ESM-004471")
    assert got[Field.PATIENT] == "Dmitri Nakagawa-Reyes"


def test_a_side_panels_label_level_with_the_tables_heading_is_the_panels():
    panel = [(30, "HARBORVIEW"), (30, "HEALTH PARTNERS"), (30, "HMO Family Plan"), (30, ""), (30, "Subscriber"),
             (30, "Keiko Nakagawa-Reyes"), (30, "Subscriber ID"), (30, "HVP 6615 0092 01"), (30, "Group"),
             (30, "Tidewater Port Authority"), (30, "Questions?")]
    ws: list[Word] = []
    for k, (x, t) in enumerate(panel):
        if t:
            ws += text_at(20 + k * 10, x, t)
    ws += text_at(50, 190, "Tobias Nakagawa-Reyes Claim # 26-011-004417-00 Saltmarsh Speech · Your account no. SLS-77310")
    ws += row(60, [(190, "Date"), (240, "Proc"), (270, "Mod")]) + right(60, [(360, "Billed"), (420, "Paid")])
    for k, (d, code, mod, billed, paid) in enumerate([("01/07/2026", "92523", "", "290.00", "189.60"),
                                                    ("01/14/2026", "92507", "GN", "160.00", "93.40"),
                                                    ("01/21/2026", "92507", "GN", "160.00", "93.40"),
                                                    ("01/28/2026", "92507", "GN", "160.00", "93.40")]):
        y = 70 + k * 20
        ws += row(y, [(190, d), (240, code)] + ([(270, mod)] if mod else [])) + right(y, [(360, billed), (420, paid)])
    res = read(ws)
    got = lines_of(res)
    assert [ln.code for ln in got] == ["92523", "92507", "92507", "92507"]
    assert {c.patient for c in claims_of(res)} == {"Tobias Nakagawa-Reyes"}


# ------------------------------------------------------------------------------------------- rows

def test_a_running_balance_is_not_what_the_line_leaves_to_pay():
    ws = (row(64, [(30, "Date"), (90, "Description"), (250, "CPT")]) + right(64, [(340, "Charges"), (400, "Payments"), (460, "Balance")])
          + row(76, [(30, "01/05/2026"), (90, "OT evaluation"), (250, "97165")]) + right(76, [(340, "210.00"), (460, "210.00")])
          + row(86, [(30, "01/05/2026"), (90, "Therapeutic activities"), (250, "97530")]) + right(86, [(340, "190.00"), (460, "400.00")])
          + row(96, [(30, "01/08/2026"), (90, "Therapeutic activities"), (250, "97530")]) + right(96, [(340, "285.00"), (460, "685.00")]))
    got = lines_of(read(ws))
    assert [(ln.billed, ln.patient_owes) for ln in got] == [(Decimal("210.00"), None), (Decimal("190.00"), None),
                                                           (Decimal("285.00"), None)]
    # a balance that does not run (each line's own share) stays the line's
    ws = (row(64, [(30, "Date"), (90, "CPT")]) + right(64, [(340, "Charges"), (400, "Payments"), (460, "Balance")])
          + row(76, [(30, "01/05/2026"), (90, "97165")]) + right(76, [(340, "210.00"), (400, "168.00"), (460, "42.00")])
          + row(86, [(30, "01/05/2026"), (90, "97530")]) + right(86, [(340, "190.00"), (400, "152.00"), (460, "38.00")]))
    got = lines_of(read(ws))
    assert [ln.patient_owes for ln in got] == [Decimal("42.00"), Decimal("38.00")]


def test_a_rows_leading_date_under_a_table_with_no_date_column():
    ws = (text_at(40, 30, "Service dates: Jan 21, 2026 - Jan 28, 2026 Claim number: 22-2601-530-412-0")
          + row(60, [(30, "Service Provided & Billing Code")]) + right(60, [(330, "Charged"), (390, "Approved"), (450, "Paid")])
          + row(72, [(30, "01/21/26 OT evaluation, moderate complexity (97166-GO)")])
          + right(72, [(330, "$240.00"), (390, "$98.20"), (450, "$60.39")])
          + row(82, [(30, "01/28/26 Therapeutic activities (97530-GO)")])
          + right(82, [(330, "$190.00"), (390, "$73.70"), (450, "$57.78")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date)) for ln in got] == [("97166", "2026-01-21"), ("97530", "2026-01-28")]
    assert got[0].description == "OT evaluation, moderate complexity"


def test_a_description_run_into_the_first_amounts_cell_gives_its_words_back():
    ws = (row(64, [(30, "Date of"), (80, "Service")]) + right(64, [(250, "Amount"), (300, "Allowed"), (350, "Plan")])
          + row(74, [(30, "Service")]) + right(74, [(250, "Billed"), (300, "Amount"), (350, "Paid")])
          + row(86, [(30, "01/09/26"), (70, "99213 Office visit")]) + right(86, [(250, "165.00"), (300, "128.70"), (350, "93.70")])
          + row(96, [(30, "01/08/26"), (70, "97535 Self-care/home management training 82.00")])
          + right(96, [(300, "63.96"), (350, "51.17")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed) for ln in got] == [("99213", Decimal("165.00")), ("97535", Decimal("82.00"))]
    assert got[1].description.endswith("training")


# ------------------------------------------------------------------------------------------- sets 48 and 49

def test_an_adjustments_amount_run_over_into_the_next_column_goes_back_to_its_code():
    ws = (row(64, [(30, "DOS"), (80, "CPT"), (120, "Mod"), (150, "Qty")])
          + right(64, [(220, "Charge"), (270, "Allowed")]) + row(64, [(280, "Adjustments")])
          + right(64, [(470, "Pt Resp"), (520, "Paid")])
          + row(76, [(30, "01/06/26"), (80, "97530"), (120, "GO"), (150, "2")]) + right(76, [(220, "190.00"), (270, "140.60")])
          + row(76, [(280, "CO-45 49.40 PR-1 60.00 PR-2")]) + right(76, [(441, "16.12"), (470, "76.12"), (520, "64.48")])
          + row(86, [(30, "01/06/26"), (80, "97110"), (120, "GO"), (150, "1")]) + right(86, [(220, "80.00"), (270, "59.20")])
          + row(86, [(280, "CO-45 20.80 PR-2 11.84")]) + right(86, [(470, "11.84"), (520, "47.36")]))
    got = lines_of(read(ws))
    assert [(a.group, a.reason, a.amount) for a in got[0].adjustments] == [
        ("CO", "45", Decimal("49.40")), ("PR", "1", Decimal("60.00")), ("PR", "2", Decimal("16.12"))]
    assert (got[0].patient_owes, got[0].paid) == (Decimal("76.12"), Decimal("64.48"))


def test_columns_headed_by_an_adjustments_code_hold_that_adjustments_amount():
    ws = (row(64, [(30, "DOS"), (80, "CPT/Mod")]) + right(64, [(200, "Charge"), (250, "CO45"), (300, "CO253"), (360, "Ins Paid")])
          + row(76, [(30, "1/6/2026"), (80, "97110GP")]) + right(76, [(200, "160.00"), (250, "100.76"), (300, "0.95"), (360, "46.44")])
          + row(86, [(30, "1/21/2026"), (80, "G0283")]) + right(86, [(200, "35.00"), (250, "0.00"), (300, "0.00"), (360, "0.00")]))
    got = lines_of(read(ws))
    assert [(a.group, a.reason, a.amount) for a in got[0].adjustments] == [("CO", "45", Decimal("100.76")),
                                                                           ("CO", "253", Decimal("0.95"))]
    assert got[1].adjustments == ()  # a zero is no adjustment


def test_a_labelled_claim_number_is_never_a_code_and_a_balance_runs_across_visits_and_payments():
    ws = (row(64, [(30, "Date"), (80, "Description"), (230, "CPT-Mod")])
          + right(64, [(330, "Charges"), (400, "Payments"), (460, "Balance")])
          + text_at(74, 36, "Patient: Zara Adeyemi Visit # V40117 Insurance: Pinecrest Health Plan")
          + row(84, [(30, "01/05/2026"), (80, "OT eval, moderate"), (230, "97166-GO")]) + right(84, [(330, "$240.00"), (460, "$240.00")])
          + row(94, [(30, "01/05/2026"), (80, "Sensory integration"), (230, "97533-GO")]) + right(94, [(330, "$176.00"), (460, "$416.00")])
          + row(104, [(30, "01/28/2026"), (80, "Insurance payment - Pinecrest claim 26005-77812")])
          + right(104, [(400, "($270.36)"), (460, "$145.64")])
          + text_at(114, 36, "Patient: Tobi Adeyemi Visit # V40122 Insurance: Pinecrest Health Plan")
          + row(124, [(30, "01/06/2026"), (80, "Speech therapy"), (230, "92507-GN")]) + right(124, [(330, "$160.00"), (460, "$305.64")]))
    res = read(ws)
    got = lines_of(res)
    assert [ln.code for ln in got] == ["97166", "97533", "92507"]
    assert [ln.patient_owes for ln in got] == [None, None, None]
    claims = [c for c in claims_of(res) if c.lines]
    assert [(c.claim_id, c.payer_claim_id, c.patient) for c in claims] == [
        ("V40117", "26005-77812", "Zara Adeyemi"), ("V40122", None, "Tobi Adeyemi")]


def test_an_undated_insurance_payment_under_an_accounts_total_names_the_accounts_claim():
    ws = (text_at(54, 30, "Patient: Milo Quenneville Hospital Account: HA-7100233502")
          + row(64, [(30, "Date"), (90, "CPT/HCPCS"), (150, "Description")]) + right(64, [(420, "Qty"), (480, "Charges")])
          + row(76, [(30, "01/09/2026"), (90, "92523"), (150, "Speech sound and language evaluation")])
          + right(76, [(420, "1"), (480, "290.00")])
          + row(86, [(150, "Total Charges")]) + right(86, [(480, "290.00")])
          + row(96, [(150, "Payment - Orchard Valley Mutual Claim OVM-26-0124-0077")]) + right(96, [(480, "(190.16)")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["92523"]
    assert claims_of(res)[0].payer_claim_id == "OVM-26-0124-0077"


def test_a_name_before_a_bar_and_a_colon_less_member_number_before_a_labelled_date():
    got = labels("RUTH E CALLOWAY | Medicare Number XXXX-XX7-QM42 | Notice date: February 2, 2026")
    assert (got[Field.PATIENT], got[Field.MEMBER_ID]) == ("RUTH E CALLOWAY", "XXXX-XX7-QM42")


def test_headings_printed_over_one_another_are_cut_apart():
    w = Word
    lines = group_lines([w("Service", 40, 69, 60, 68, 8), w("Provided", 72, 107, 60, 68, 8),
                         w("Service", 275, 305, 60, 68, 8), w("Amount", 331, 362, 60, 68, 8),
                         w("Billing", 40, 64, 70, 78, 8), w("Code", 67, 86, 70, 78, 8),
                         w("Approved?", 269, 311, 70, 78, 8), w("Provider", 293, 326, 70, 78, 8),
                         w("Charged", 329, 362, 70, 78, 8)])
    hdr = find_header(lines, 0)
    assert hdr is not None
    # "Approved?" printed into "Provider": the charge's heading is "Amount Charged", over the charge's column
    assert [c.label for c in hdr.columns if c.field is Field.BILLED] == ["Amount Charged"]


def test_an_underline_typed_over_a_heading_is_no_part_of_its_words():
    from eobreader.sources.pdf_words import _overprinted_underlines

    def ch(t: str, x: float, top: float) -> dict:
        return {"text": t, "x0": x, "x1": x + 4.1, "top": top, "bottom": top + 7}
    heading = [ch(t, 28 + 4.15 * k, 84.4) for k, t in enumerate("PERF PROV") if t != " "]
    under = [ch("_", 28 + 4.15 * k, 87.4) for k in range(9)]
    other = [ch("_", 300 + 4.15 * k, 200) for k in range(5)]  # a blank to fill in, over no letters: kept
    got = _overprinted_underlines(heading + under + other)
    assert got == {id(u) for u in under}


def test_a_name_set_over_the_members_number_beside_the_title_is_the_member():
    w = Word
    ws = [w("Medicare", 40, 109, 25, 45, 20), w("Summary", 114, 187, 25, 45, 20), w("Notice", 191, 240, 25, 45, 20),
          w("CORNELIUS", 422, 475, 31, 39, 8), w("J.", 477, 485, 31, 39, 8), w("ABERNATHY-VOSS", 487, 572, 31, 39, 8),
          w("for", 40, 52, 47, 55, 8), w("Part", 54, 74, 47, 55, 8), w("B", 76, 82, 47, 55, 8),
          w("Medicare", 451, 484, 44, 52, 8), w("Number", 486, 515, 44, 52, 8), w("XXX-XX-4417B", 517, 572, 44, 52, 8)]
    ws += (text_at(80, 40, "Claim number 22-26008-417-220")
           + row(92, [(40, "Service Provided & Billing Code")]) + right(92, [(330, "Charged"), (390, "Approved"), (450, "Paid")])
           + row(104, [(40, "Gait training (97116)")]) + right(104, [(330, "$82.00"), (390, "$30.05"), (450, "$23.56")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["97116"]
    assert claims_of(res)[0].patient == "CORNELIUS J. ABERNATHY-VOSS"


def test_a_letters_salutation_names_its_addressee_unless_the_member_is_known():
    assert labels("Dear HAROLD P. QUINTERO: this notice shows what your Part B insurance covered.") == \
        {Field.HOLDER: "HAROLD P. QUINTERO"}
    ws = (text_at(40, 30, "Member: Mateo Quispe-Hallorann Member ID: BMH 772 015 48-02")
          + text_at(50, 30, "Dear Renata Hallorann-Quispe,")
          + row(70, [(30, "Date"), (90, "Code")]) + right(70, [(300, "Billed"), (360, "Paid")])
          + row(82, [(30, "01/05/2026"), (90, "92507")]) + right(82, [(300, "160.00"), (360, "0.00")]))
    assert claims_of(read(ws))[0].patient == "Mateo Quispe-Hallorann"


def test_titles_practices_and_the_next_labels_first_word_are_no_persons():
    assert Field.PATIENT not in labels("Remittance Advice: Claim Payment Detail | Payment date 02/02/2026")
    assert Field.PATIENT not in labels("Seabright Outpatient Rehabilitation - outpatient facility claims")
    got = labels("Account: HA40021877 Patient: Wendell Achterberg Primary insurance: Juniper State Health Plan")
    assert got[Field.PATIENT] == "Wendell Achterberg"


def test_two_small_letter_heading_words_printed_together_are_two_words():
    from eobreader.sources.pdf_layout import _lower_glued
    assert _lower_glued("coveredplan") == ["covered", "plan"]
    assert _lower_glued("deductible") == ["deductible"]
    assert _lower_glued("outstanding") == ["outstanding"]


def test_a_side_panels_amounts_beside_rows_do_not_move_the_tables_edge():
    # the panel's labels at the left, its amounts right-aligned near the table, level with the table's rows
    panel = [("Subscriber", ""), ("Elena Quintero", ""), ("ID MKQ 702 118 455", ""), ("Group MK-00981-A", ""),
             ("Plan year 2026 to date", ""), ("Family deductible", "$1,200.00"), ("met so far", "$250.00"),
             ("Out-of-pocket limit", "$6,500.00"), ("met so far", "$1,044.11"), ("Save money:", ""),
             ("Ask your provider to send", ""), ("claims electronically.", "")]
    ws: list[Word] = []
    for k, (t, amount) in enumerate(panel):
        ws += text_at(40 + k * 10, 30, t) + (right(40 + k * 10, [(178, amount)]) if amount else [])
    ws += row(70, [(196, "Date"), (242, "Procedure")]) + right(70, [(348, "Charged"), (420, "Plan paid")])
    for k in range(12):  # (the last rows have nothing beside them: the panel ends)
        y = 80 + k * 10
        ws += row(y, [(196, f"01-{6 + k:02d}-2026"), (242, "97110-GP")]) + right(y, [(348, "160.00"), (420, "79.52")])
    from eobreader.sources.pdf_layout import side_panel
    cut_lines = side_panel(group_lines(ws))
    rows = [ln.text for ln in cut_lines if "97110-GP" in ln.text]
    assert len(rows) == 12 and all(t.startswith("01-") for t in rows), rows
    got = lines_of(read(ws))
    assert len(got) == 12 and all(ln.code == "97110" and ln.billed == Decimal("160.00") for ln in got)


def test_a_heading_over_two_value_columns_is_cut_where_the_values_part():
    ws = (row(64, [(30, "Svc Date"), (80, "POS Units"), (140, "Proc"), (170, "Mods")]) + right(64, [(260, "Billed"), (320, "Paid")])
          + row(76, [(30, "01/05/2026"), (80, "11"), (100, "1"), (140, "97163"), (170, "GP")]) + right(76, [(260, "265.00"), (320, "32.24")])
          + row(86, [(30, "01/05/2026"), (80, "11"), (100, "2"), (140, "97110"), (170, "GP")]) + right(86, [(260, "160.00"), (320, "46.44")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.units) for ln in got] == [("97163", Decimal("1")), ("97110", Decimal("2"))]


def test_stacked_headings_part_where_both_lines_leave_a_gap_at_the_same_place_and_only_there():
    w = Word
    # "Amount | Maximum You | See" over "Medicare Paid | May Be Billed | Notes", each line's gaps one over the other
    lines = group_lines([w("Amount", 323, 349, 60, 68, 7), w("Provider", 350, 378, 60, 68, 7),
                         w("Amount", 468, 494, 60, 68, 7), w("Maximum", 498, 529, 60, 68, 7), w("You", 531, 544, 60, 68, 7),
                         w("See", 556, 568, 60, 68, 7),
                         w("Charged", 350, 378, 69, 77, 7), w("Medicare", 448, 478, 69, 77, 7), w("Paid", 480, 494, 69, 77, 7),
                         w("May", 500, 513, 69, 77, 7), w("Be", 515, 524, 69, 77, 7), w("Billed", 525, 544, 69, 77, 7),
                         w("Notes", 549, 568, 69, 77, 7)])
    hdr = find_header(lines, 0)
    assert hdr is not None
    got = {c.field: c.label for c in hdr.columns if c.field is not None}
    assert got[Field.PAID] == "Amount Medicare Paid" and got[Field.REMARKS] == "See Notes"
    assert got[Field.PATIENT_OWES] == "Maximum You May Be Billed"
    # single spaces that merely sit near each other ("Service | Provided &" over "Billing | Code") part nothing
    lines = group_lines([w("Service", 44, 73, 60, 68, 7), w("Provided", 75, 110, 60, 68, 7), w("&", 112, 118, 60, 68, 7),
                         w("Provider", 343, 376, 60, 68, 7), w("Billing", 44, 71, 69, 77, 7), w("Code", 73, 93, 69, 77, 7),
                         w("Charged", 343, 376, 69, 77, 7), w("Paid", 420, 440, 69, 77, 7)])
    hdr = find_header(lines, 0)
    assert hdr is not None
    assert [c.label for c in hdr.columns if c.field is Field.CODE] == ["Service Provided & Billing Code"]


# ------------------------------------------------------------------------------------------- sets 50 and 51

def test_a_name_under_a_name_heading_ends_where_a_number_starts():
    ws = (row(50, [(30, "RECIPIENT NAME"), (140, "RECIP ID"), (200, "PATIENT ACCT"), (270, "ICN")])
          + row(60, [(36, "LN"), (50, "FROM"), (110, "PROC")]) + right(60, [(300, "BILLED"), (360, "PAID")])
          + row(72, [(30, "BELLAMY, JOSIAH T 44190058812"), (200, "KV-10513"), (270, "2026033000418")])
          + row(82, [(36, "01"), (50, "010726"), (110, "92523")]) + right(82, [(300, "290.00"), (360, "162.03")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["92523"]
    c = claims_of(res)[0]
    assert (c.patient, c.claim_id, c.payer_claim_id) == ("BELLAMY, JOSIAH T", "KV-10513", "2026033000418")


def test_a_small_letter_claim_label_after_a_comma_opens_a_segment():
    got = labels("Visit V-30118 - billed to Meadowgate Choice PPO 01/09/2026, insurance claim MG88300214, processed")
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == ("V-30118", "MG88300214")
    got = labels("Visit V-88012 Juniper Castellano-Reyes filed to Keystone Meridian Health Plan 01/08/2026, claim 2601KM77013")
    assert got[Field.PAYER_CLAIM_ID] == "2601KM77013"
    # prose is still no label: "deposited to account 4410"
    assert Field.CLAIM_ID not in labels("Your payment was deposited to account 4410 on 01/09/2026")


def test_capital_headings_printed_together_and_the_allowed_count():
    from eobreader.sources.pdf_layout import _lower_glued
    assert _lower_glued("ACCTCLIENT") == ["ACCT", "CLIENT"]
    assert _lower_glued("REMITTANCE") == ["REMITTANCE"]
    from eobreader.vocab import match_header
    assert match_header("Allowed Qty") is Field.UNITS  # a count, read apart from the billed one (PAID_UNITS)
    ws = (row(60, [(30, "FROM"), (80, "PROC")]) + right(60, [(170, "BILLED"), (220, "BILLED"), (270, "ALLOWED"), (320, "ALLOWED"), (370, "PAID")])
          + right(70, [(170, "QTY"), (220, "CHARGE"), (270, "QTY"), (320, "CHARGE"), (370, "AMOUNT")])
          + row(82, [(30, "01062026"), (80, "97530")])
          + right(82, [(170, "3.00"), (220, "285.00"), (270, "3.00"), (320, "110.55"), (370, "110.55")]))
    got = lines_of(read(ws))
    assert [(ln.units, ln.billed, ln.allowed, ln.paid) for ln in got] == [
        (Decimal("3.00"), Decimal("285.00"), Decimal("110.55"), Decimal("110.55"))]


def test_the_addressee_beside_a_labelled_date_over_a_street_is_the_holder():
    ws = (row(40, [(30, "ROSALIND T PEMBERTON-HALE"), (300, "Notice date: February 9, 2026")])
          + text_at(50, 30, "2207 LINDEN HOLLOW RD APT 4") + text_at(60, 30, "CANBY FORD ST 55020-1187")
          + text_at(80, 30, "Claim number 26-0126-551-092")
          + row(92, [(30, "Date"), (90, "Code")]) + right(92, [(300, "Billed"), (360, "Paid")])
          + row(104, [(30, "01/22/2026"), (90, "97168")]) + right(104, [(300, "130.00"), (360, "5.29")]))
    assert claims_of(read(ws))[0].patient == "ROSALIND T PEMBERTON-HALE"


def test_an_adjustments_heading_naming_group_and_reason_holds_the_codes():
    from eobreader.vocab import match_header
    assert match_header("Adjustments (Group-Reason Amount)") is Field.ADJUSTMENT_CODE
    assert match_header("Adj Group") is Field.ADJUSTMENT_GROUP
    ws = (row(64, [(30, "Svc Date"), (80, "Proc")]) + right(64, [(200, "Billed"), (250, "Paid")])
          + row(64, [(270, "Adjustments (Group-Reason Amount)")])
          + row(76, [(30, "01/05/2026"), (80, "97110")]) + right(76, [(200, "160.00"), (250, "46.44")])
          + row(76, [(270, "CO-45 100.76 PR-2 11.85 CO-253 0.95")]))
    got = lines_of(read(ws))
    assert [(a.group, a.reason, a.amount) for a in got[0].adjustments] == [
        ("CO", "45", Decimal("100.76")), ("PR", "2", Decimal("11.85")), ("CO", "253", Decimal("0.95"))]


def test_a_statements_payment_printed_as_a_credit_is_what_the_insurer_paid():
    ws = (row(64, [(30, "Svc Date"), (80, "CPT/HCPCS")]) + right(64, [(220, "Charges"), (290, "Ins Payments"), (350, "Pat Resp")])
          + row(76, [(30, "01/06/26"), (80, "97110")]) + right(76, [(220, "160.00"), (290, "49.28-"), (350, "81.92")]))
    got = lines_of(read(ws))
    assert [(ln.billed, ln.paid) for ln in got] == [(Decimal("160.00"), Decimal("49.28"))]
    # a remit's own "Paid" column keeps its sign (a take-back is negative)
    ws = (row(64, [(30, "Svc Date"), (80, "CPT")]) + right(64, [(220, "Billed"), (290, "Paid")])
          + row(76, [(30, "01/06/26"), (80, "97110")]) + right(76, [(220, "160.00"), (290, "-46.44")]))
    assert [ln.paid for ln in lines_of(read(ws))] == [Decimal("-46.44")]


# ------------------------------------------------------------------------------------------- sets 47 to 53

def test_a_provider_then_the_visits_date_heads_a_notices_claim():
    from eobreader.sources.pdf import _dated_provider
    assert _dated_provider("Pinecrest Outpatient Rehabilitation, Jan 6, 2026".split()) == {
        Field.SERVICE_DATE: "Jan 6, 2026", Field.PROVIDER: "Pinecrest Outpatient Rehabilitation"}
    assert _dated_provider("Dr. Anselm Vrettos, MD, Jan 9, 2026".split())[Field.SERVICE_DATE] == "Jan 9, 2026"
    assert _dated_provider("Harriet L. Quenneville, Jan 9, 2026".split()) == {}  # a person is no provider heading


def test_a_payers_explanation_code_column_beside_the_procedure_code():
    ws = (row(60, [(30, "RAD"), (60, "CLAIM"), (150, "SERV"), (190, "PROC")]) + right(60, [(330, "BILLED"), (390, "PAYMENT")])
          + row(70, [(30, "CODE"), (60, "CONTROL NO."), (150, "DATE"), (190, "CODE")]) + right(70, [(330, "AMOUNT"), (390, "AMOUNT")])
          + row(82, [(30, "0036"), (60, "2602601077310"), (150, "010526"), (190, "97530")])
          + right(82, [(330, "190.00"), (390, "73.70")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.remarks) for ln in got] == [("97530", ("0036",))]


def test_note_codes_under_an_unknown_heading_are_remarks_when_the_document_explains_them():
    ws = (row(60, [(30, "Svc From"), (80, "Procedure")]) + right(60, [(200, "Charged"), (260, "Paid")]) + row(60, [(280, "Ref")])
          + row(72, [(30, "1/5/26"), (80, "97161")]) + right(72, [(200, "220.00"), (260, "171.60")]) + row(72, [(280, "D1")])
          + row(82, [(30, "1/9/26"), (80, "97110")]) + right(82, [(200, "160.00"), (260, "112.32")])
          + row(92, [(30, "1/16/26"), (80, "G0283")]) + right(92, [(200, "35.00"), (260, "0.00")]) + row(92, [(280, "X7")])
          + text_at(120, 30, "D1 - Amount applied to the calendar-year deductible.")
          + text_at(130, 30, "X7 - Service excluded under the certificate; member is responsible."))
    got = lines_of(read(ws))
    assert [ln.remarks for ln in got] == [("D1",), (), ("X7",)]
    # without a line explaining it, a code-shaped word under an unknown heading is no remark
    ws2 = [w for w in ws if w.top < 110]
    assert [ln.remarks for ln in lines_of(read(ws2))] == [(), (), ()]


def test_a_charge_row_with_one_amount_beside_a_side_panel_and_never_lost():
    ws = (text_at(40, 30, "Account HA-7004218 Patient: Felix Drummond-Achebe")
          + text_at(50, 470, "Summary") + text_at(58, 470, "Total charges $5,014.00")
          + text_at(66, 470, "Statement date 02/09/2026")
          + row(66, [(30, "Date"), (80, "CPT/HCPCS"), (140, "Description")]) + right(66, [(380, "Qty"), (440, "Charges")]))
    panel = ["Pay online at", "brendanpay.example.org", "Financial help is available;", "ask about our discount policy."]
    for k, (d, code, desc, q, amt) in enumerate([("01/02/26", "99283", "Emergency department visit", "1", "480.00"),
                                                ("01/02/26", "73110", "X-ray of wrist, 3 views", "1", "260.00"),
                                                ("01/07/26", "97165", "OT evaluation, low complexity", "1", "210.00"),
                                                ("01/07/26", "97760", "Orthotic management and training", "1", "120.00"),
                                                ("01/14/26", "97530", "Therapeutic activities", "2", "190.00"),
                                                ("01/14/26", "97535", "Self-care/home management training", "1", "82.00")]):
        y = 78 + k * 10
        ws += row(y, [(30, d), (80, code), (140, desc)]) + right(y, [(380, q), (440, amt)])
        if k < len(panel):
            ws += text_at(y, 470, panel[k])
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["99283", "73110", "97165", "97760", "97530", "97535"]
    # the same rows under no heading at all are listed as unread, never dropped in silence
    bare = [w for w in ws if not (w.top == 66 and w.x0 < 460)]
    res = read(bare)
    assert not lines_of(res) and len(res.unread) == 6


def test_a_why_column_and_a_legend_without_separators():
    from eobreader.vocab import match_header
    assert match_header("Why") is Field.REMARKS
    from eobreader.sources.pdf import _note_entry
    assert _note_entry(TextLine(1, 1, tuple(text_at(10, 30, "A Your plan's discount applies; you pay only your share.")))) == "A"
    assert _note_entry(TextLine(1, 1, tuple(text_at(10, 30, "D1 - Amount applied to the deductible.")))) == "D1"
    assert _note_entry(TextLine(1, 1, tuple(text_at(10, 30, "A copy of this notice was sent to your provider.")))) is None


def test_the_person_a_benefits_statement_is_for():
    got = labels("Explanation of Benefits for Wendell F. Okafor-Briggs - January 2026 Member ID SRM-00481-2207")
    assert (got[Field.PATIENT], got[Field.MEMBER_ID]) == ("Wendell F. Okafor-Briggs", "SRM-00481-2207")
    assert Field.PATIENT not in labels("Explanation of Benefits for Medicare Advantage Members - Your Part C medical claims")


def test_the_same_accounts_next_claim_keeps_the_account_number_its_heading_repeats():
    def claim(y: float, icn: str, sign: str) -> list[Word]:
        return (text_at(y, 30, "Patient: Pelletier, Bram Member ID: 5HN3WX8RT02 Patient Control #: ORC-18832")
                + text_at(y + 10, 30, f"Payer Claim Control #: {icn} Claim Status: 1 - Processed as Primary")
                + row(y + 20, [(30, "Svc Date"), (90, "Proc")]) + right(y + 20, [(250, "Charge"), (320, "Paid")])
                + row(y + 30, [(30, "01/06/2026"), (90, "97530")]) + right(y + 30, [(250, f"{sign}190.00"), (320, f"{sign}57.78")]))
    res = read(claim(40, "0226012240017", "-") + claim(90, "0226034410288", ""))
    got = [(c.claim_id, c.payer_claim_id) for c in claims_of(res) if c.lines]
    assert got == [("ORC-18832", "0226012240017"), ("ORC-18832", "0226034410288")]


def test_a_chart_number_is_the_providers_number_when_no_account_number_is_printed():
    got = labels("Patient: Ingrid Solvang Chart #: CH-30127 Payer ICN: 2126032204417")
    assert (got[Field.PATIENT], got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == ("Ingrid Solvang", "CH-30127", "2126032204417")
    got = labels("Patient: Ingrid Solvang Chart #: CH-30127 Patient Acct: PA-5510 Payer ICN: 2126032204417")
    assert got[Field.CLAIM_ID] == "PA-5510"


def test_an_adjustment_detail_column_whose_last_pair_runs_under_the_remarks_heading():
    from eobreader.vocab import match_header
    assert match_header("Adjustment detail") is Field.ADJUSTMENT
    ws = (row(64, [(30, "DOS"), (80, "CPT")]) + right(64, [(180, "Charge"), (230, "Paid")])
          + row(64, [(240, "Adjustment detail"), (420, "Rmk")])
          + row(76, [(30, "01/05/2026"), (80, "97161")]) + right(76, [(180, "220.00"), (230, "32.24")])
          + row(76, [(240, "CO45:118.88 PR1:60.00 PR2:8.22 CO253:0.66")]))
    got = lines_of(read(ws))
    assert [(a.group, a.reason, a.amount) for a in got[0].adjustments] == [
        ("CO", "45", Decimal("118.88")), ("PR", "1", Decimal("60.00")), ("PR", "2", Decimal("8.22")),
        ("CO", "253", Decimal("0.66"))]


def test_an_insurers_payment_named_after_the_insurer_names_the_accounts_claim():
    ws = (text_at(54, 30, "Hospital account H100447291 · Patient: Jules Delahaye")
          + row(64, [(30, "Date"), (90, "Rev Code"), (150, "Description")]) + right(64, [(420, "Qty"), (480, "Amount")])
          + row(76, [(30, "01/08/2026"), (90, "0510 99213"), (150, "Office visit, established patient")])
          + right(76, [(420, "1"), (480, "$165.00")])
          + row(86, [(150, "Total charges")]) + right(86, [(480, "$165.00")])
          + row(96, [(150, "Heartland Mutual Insurance payment - claim HMI-26-5520147")]) + right(96, [(480, "($105.28)")]))
    res = read(ws)
    assert [ln.code for ln in lines_of(res)] == ["99213"]
    assert claims_of(res)[0].payer_claim_id == "HMI-26-5520147"


# ------------------------------------------------------------------------------------------- sets 56 and 57

def test_adjustment_code_and_amount_columns_printed_in_pairs():
    from eobreader.vocab import match_header
    assert match_header("Svc Cnt") is Field.UNITS
    ws = (row(64, [(30, "DOS"), (80, "CPT")]) + right(64, [(180, "Charge"), (230, "Allowed")])
          + row(64, [(240, "Adj Code")]) + right(64, [(320, "Adj Amt")]) + row(64, [(330, "Adj Code")])
          + right(64, [(410, "Adj Amt"), (460, "Paid")])
          + row(76, [(30, "01/05/26"), (80, "97167")]) + right(76, [(180, "275.00"), (230, "220.00")])
          + row(76, [(240, "CO-45")]) + right(76, [(320, "55.00")]) + row(76, [(330, "PR-2")])
          + right(76, [(410, "44.00"), (460, "176.00")]))
    got = lines_of(read(ws))
    assert [(a.group, a.reason, a.amount) for a in got[0].adjustments] == [("CO", "45", Decimal("55.00")),
                                                                           ("PR", "2", Decimal("44.00"))]


def test_no_code_is_read_inside_a_number_in_parts():
    from eobreader.values import code_and_modifiers_in_text
    assert code_and_modifiers_in_text("Crestline Health Plan payment - claim CHP-26-0095562") is None
    assert code_and_modifiers_in_text("Therapeutic exercises 97110-GP") == ("97110", ("GP",))


def test_a_sentence_running_on_heads_no_legend_and_a_claim_heading_is_no_legend_entry():
    ws = (text_at(30, 30, "This remittance lists claims finalized in the cycle. Adjustment reasons are")
          + text_at(40, 30, "shown as group code and reason code.")
          + text_at(50, 30, "Member: DELACROIX-PHAM, ANNIKA Medicaid ID: 41 8820 7713 Claim status: PAID")
          + text_at(60, 30, "TCN: 26-041-00318-02 Patient account: 20931 Claim type: Professional")
          + row(72, [(30, "Ln"), (50, "Service dates"), (120, "Procedure")]) + right(72, [(300, "Billed"), (360, "Paid")])
          + row(84, [(30, "1"), (50, "01/12/2026"), (120, "97161")]) + right(84, [(300, "220.00"), (360, "101.12")]))
    c = claims_of(read(ws))[0]
    assert (c.claim_id, c.payer_claim_id) == ("20931", "26-041-00318-02")


def test_a_visit_groups_number_and_words_after_the_last_amount():
    got = labels("Visit group V-228341 Billed to Saguaro Benefit Plans 01/09/2026 Insurance claim no. 8820145773")
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == ("V-228341", "8820145773")
    ws = (row(64, [(30, "Date"), (90, "Description"), (250, "Code")]) + right(64, [(330, "Charges"), (400, "Your part")])
          + row(76, [(30, "01/14/2026"), (90, "Physical performance testing"), (250, "97750-GO")])
          + right(76, [(330, "130.00"), (400, "130.00")]) + row(76, [(408, "Not covered")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.patient_owes) for ln in got] == [("97750", Decimal("130.00"))]
    assert got[0].description.endswith("Not covered")


# ------------------------------------------------------------------------------------------- sets 58 and 59

def test_fdos_tdos_headings_and_a_record_number_beside_the_payers_number():
    from eobreader.vocab import match_header
    assert (match_header("FDOS"), match_header("TDOS")) == (Field.SERVICE_DATE, Field.SERVICE_END)
    got = labels("CLIENT NAME DELACRUZ-ABEBE, TOMAS CLIENT NO 700418823 CCN 2026029004117 MED REC NO MR44107 STATUS PAID")
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == ("MR44107", "2026029004117")
    # a record number alone on a person's line names no claim, and the person is still read
    got = labels("Aiden Okafor-Lindqvist · MRN 11-884-2213 · Son")
    assert Field.CLAIM_ID not in got and got[Field.PATIENT] == "Aiden Okafor-Lindqvist"


def test_a_month_named_with_its_year_dates_services_printed_without_one():
    ws = (text_at(30, 30, "Member Explanation of Benefits - January 2026")
          + row(64, [(30, "Date"), (70, "Service (code)")]) + right(64, [(330, "Billed"), (390, "Plan paid")])
          + row(76, [(30, "Jan 14"), (70, "OT re-evaluation (97168 GO)")]) + right(76, [(330, "$130.00"), (390, "$46.75")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date)) for ln in got] == [("97168", "2026-01-14")]


# ------------------------------------------------------------------------------------------- sets 60 and 61

def test_a_date_only_heading_before_a_claims_number_dates_that_claim():
    ws = (text_at(30, 30, "Medicare Number XXX-XX-7Q4K-M")
          + row(50, [(30, "Lakemont Physical Therapy Center"), (300, "Service date: January 6, 2026")])
          + text_at(60, 30, "Referred by: Dr. Ansel Korhonen Claim number: 26-0106-4417-00")
          + row(72, [(30, "Service Provided & Billing Code")]) + right(72, [(330, "Charged"), (390, "Approved"), (450, "Paid")])
          + row(84, [(30, "PT evaluation, low complexity (97161-GP)")])
          + right(84, [(330, "$220.00"), (390, "$101.12"), (450, "$0.00")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date)) for ln in got] == [("97161", "2026-01-06")]


def test_an_amount_under_a_heading_read_as_the_end_date_never_spoils_the_row():
    from eobreader.vocab import match_header
    assert match_header("Xfer to Pt") is Field.PATIENT_OWES
    ws = (row(64, [(30, "DOS"), (90, "CPT")]) + right(64, [(250, "Charge"), (310, "Ins Paid"), (370, "To")])
          + row(76, [(30, "1/6/2026"), (90, "97166")]) + right(76, [(250, "240.00"), (310, "76.99"), (370, "19.64")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date), ln.billed) for ln in got] == [("97166", "2026-01-06", Decimal("240.00"))]
