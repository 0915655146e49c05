"""General mechanisms of the PDF reader added for the fourth held-out round, each on synthetic word lists
(no PDF): stacked headings printed close together cut where the headings of the other line part ways,
money from the member's own health account and from a primary payer kept apart from this plan's payment,
one column holding a from-to date range."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pdfwords import lines_of, read, row, text_at

from eobreader.sources.pdf_layout import find_header, group_lines
from eobreader.sources.pdf_words import Word
from eobreader.vocab import Field, match_header


def test_vocab_account_and_primary_payer_money_and_date_range_column():
    assert match_header("Paid from your account") is Field.OTHER_INSURANCE
    assert match_header("HSA paid") is Field.OTHER_INSURANCE
    assert match_header("Primary Plan Paid") is Field.OTHER_INSURANCE
    assert match_header("From - Thru") is Field.SERVICE_DATE
    assert match_header("From") is Field.SERVICE_DATE
    assert match_header("Plan paid") is Field.PAID


def test_stacked_heading_cut_where_the_upper_headings_part_ways():
    # "Service" sits over "Date" only (not over "Line"); "Tooth/ Proc" spans "Area" and "Code";
    # "Deduct" over "ible" and "%" over "Covered", the lower words one space apart
    top = row(100, [(62, "Service"), (110, "Tooth/ Proc"), (260, "Billed"), (300, "Allowed"), (345, "Deduct"), (388, "%"),
                    (430, "Paid"), (480, "You owe")])
    # lower line: words one space apart where they run together
    low = [Word("Line", 42, 56, 109, 117, 8), Word("Date", 59, 77, 109, 117, 8), Word("Area", 113, 129, 109, 117, 8),
           Word("Code", 138, 155, 109, 117, 8), Word("Description", 184, 221, 109, 117, 8),
           Word("ible", 360, 372, 109, 117, 8), Word("Covered", 377, 405, 109, 117, 8)]
    data = row(122, [(44, "1"), (59, "01-08-2026"), (138, "D0140"), (184, "Oral exam"), (260, "$95.00"), (300, "$62.00"),
                     (350, "$0.00"), (385, "100%"), (430, "$62.00"), (480, "$33.00")])
    lines = group_lines(top + low + data)
    hdr = find_header(lines, 0)
    assert hdr is not None
    by = {c.label: c.field for c in hdr.columns}
    assert by["Line"] is Field.LINE_NUMBER
    assert by["Service Date"] is Field.SERVICE_DATE
    assert by["Deduct ible"] is Field.DEDUCTIBLE
    assert by["% Covered"] is Field.PERCENT
    (ln,) = lines_of(read(top + low + data))
    assert ln.service_date == date(2026, 1, 8) and ln.code == "D0140"
    assert (ln.billed, ln.paid, ln.patient_owes) == (Decimal("95.00"), Decimal("62.00"), Decimal("33.00"))


def test_account_paid_column_is_not_the_plan_payment():
    hdr = row(100, [(30, "Date of service"), (110, "Code"), (170, "Billed"), (230, "Plan paid"),
                    (300, "Paid from your account"), (420, "You owe")])
    data = row(112, [(30, "1/12/2026"), (110, "97140-GP"), (170, "$150.00"), (230, "$28.92"), (300, "$92.58"),
                     (420, "$0.00")])
    (ln,) = lines_of(read(hdr + data))
    assert ln.service_date == date(2026, 1, 12)
    assert ln.code == "97140" and ln.modifiers == ("GP",)
    assert ln.paid == Decimal("28.92") and ln.patient_owes == Decimal("0.00")


def test_two_paid_columns_the_plans_own_is_named_plan_else_the_last():
    hdr = row(100, [(30, "From - Thru"), (120, "Code"), (170, "Charges"), (230, "Medicare Paid"),
                    (310, "Plan G Paid"), (380, "Your Balance")])
    data = row(112, [(30, "01/05/26 - 01/07/26"), (120, "97110 GP"), (170, "$160.00"), (230, "$46.44"),
                     (310, "$11.85"), (380, "$0.00")])
    (ln,) = lines_of(read(hdr + data))
    assert (ln.service_date, ln.service_end) == (date(2026, 1, 5), date(2026, 1, 7))
    assert ln.paid == Decimal("11.85") and ln.billed == Decimal("160.00")


def test_group_printed_in_its_own_column_qualifies_the_reason_beside_it():
    hdr = row(100, [(30, "Svc Date"), (90, "Proc"), (140, "Billed"), (200, "Paid"), (250, "Grp"), (280, "Rsn"),
                    (320, "Adj Amt"), (380, "Pt Resp")])
    data = row(112, [(30, "010526"), (90, "97110"), (140, "160.00"), (200, "26.56"), (250, "CO"), (280, "45"),
                     (320, "36.80"), (380, "96.64")])
    more = row(122, [(250, "PR"), (280, "1"), (320, "90.00")])
    (ln,) = lines_of(read(hdr + data + more))
    got = sorted((a.group, a.reason, a.amount) for a in ln.adjustments)
    assert got == [("CO", "45", Decimal("36.80")), ("PR", "1", Decimal("90.00"))]
    assert "45" not in ln.remarks


def test_headings_printed_rotated_are_words_at_the_foot_of_their_column(tmp_path):
    from reportlab.pdfgen import canvas

    from eobreader.sources.pdf_words import PdfiumSource

    path = tmp_path / "rot.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 8)
    c.drawString(40, 600, "DOS")
    c.drawString(100, 600, "Code")
    for x, text in ((200, "Charges"), (260, "Plan Paid"), (320, "You Owe")):
        c.saveState()
        c.translate(x, 600)
        c.rotate(90)
        c.drawString(0, 0, text)
        c.restoreState()
    c.drawString(40, 585, "01/05/2026")
    c.drawString(100, 585, "97110GP")
    c.drawRightString(210, 585, "160.00")
    c.drawRightString(270, 585, "122.40")
    c.drawRightString(330, 585, "13.60")
    c.save()
    from eobreader.sources.pdf_words import PlumberSource

    for source in (PdfiumSource(), PlumberSource()):
        (page,) = list(source.pages(path))
        lines = group_lines(page.words)
        head = next(ln for ln in lines if "DOS" in ln.text)
        assert head.text == "DOS Code Charges Plan Paid You Owe", source.name
        (ln,) = lines_of(read(list(page.words)))
        assert ln.code == "97110" and ln.billed == Decimal("160.00")
        assert ln.paid == Decimal("122.40") and ln.patient_owes == Decimal("13.60")


def test_rotated_characters_gathered_per_column_run():
    from eobreader.sources.pdf_words import rotated_words

    # drawn bottom to top ("Units" then "Paid" in the next column), each 4 units tall, 7 wide
    chars = [(t, 318.0, 325.0, 120.0 - 4 * k, 124.0 - 4 * k) for k, t in enumerate("Units")]
    chars += [(t, 349.0, 356.0, 120.0 - 4 * k, 124.0 - 4 * k) for k, t in enumerate("Plan")]
    chars += [(t, 349.0, 356.0, 101.0 - 4 * k, 105.0 - 4 * k) for k, t in enumerate("Paid")]  # a gap: two words
    words = rotated_words(chars)
    assert [w.text for w in words] == ["Units", "Plan Paid"]
    assert all(w.bottom == 124.0 for w in words)  # placed at their foot, on the heading row


def test_colon_less_claim_numbers_and_the_person_a_heading_opens_with():
    from eobreader.sources.pdf import keyed_ids, parse_labels
    from eobreader.sources.pdf_layout import TextLine

    def labels(text: str):
        return parse_labels(TextLine(1, 1, tuple(text_at(100, 30, text))))

    got = labels("Ava Thornbury Claim 7Q2-55810")
    assert got[Field.PAYER_CLAIM_ID] == "7Q2-55810" and got[Field.PATIENT] == "Ava Thornbury"
    got = labels("Wendell Achterberg - Stonevale Rehabilitation Claim IBP2601290041 Patient account SVR-118204")
    assert got[Field.PAYER_CLAIM_ID] == "IBP2601290041" and got[Field.CLAIM_ID] == "SVR-118204"
    assert got[Field.PATIENT] == "Wendell Achterberg"
    got = labels("Wildflower Kids Therapy - Acct 44120")
    assert got[Field.CLAIM_ID] == "44120" and Field.PATIENT not in got  # the words before "- Acct" name the provider
    got = labels("Playtime Kinetics OT • Claim JH-26-0441927 • Provider account PTK-5520 • Processed Jan 21, 2026")
    assert (got[Field.PAYER_CLAIM_ID], got[Field.CLAIM_ID]) == ("JH-26-0441927", "PTK-5520")
    # a date or an amount is never a claim number; words after a number are not its label
    assert keyed_ids(["Visit", "on", "01/07/2026"]) == []
    assert keyed_ids(["Claim", "$45.00"]) == []
    assert keyed_ids(["Deposited", "to", "account", "4410-2290"]) == []  # prose, not a heading


def test_claim_summary_rows_are_not_service_lines():
    summary = row(100, [(30, "Patient"), (120, "Provider"), (230, "Claim number"), (300, "Date(s) of service"),
                        (390, "Amount billed"), (450, "Plan paid"), (510, "You owe")])
    srow = row(112, [(30, "Milo Arkwright"), (120, "Bright Path"), (230, "EM26011400387"), (300, "01/06/2026"),
                     (390, "$537.00"), (450, "$143.68"), (510, "$285.92")])
    detail = row(140, [(30, "Date of service"), (110, "Code"), (170, "Billed"), (230, "Plan paid"), (300, "You owe")])
    drow = row(152, [(30, "01/06/2026"), (110, "97530"), (170, "$285.00"), (230, "$0.00"), (300, "$228.00")])
    res = read(summary + srow + detail + drow)
    (ln,) = lines_of(res)
    assert ln.code == "97530" and ln.billed == Decimal("285.00")


def test_statement_balance_is_owed_and_payment_rows_are_not_services():
    assert match_header("Not Eligible") is Field.NOT_COVERED
    hdr = row(100, [(30, "Date"), (80, "Code"), (130, "Description"), (300, "Charges"), (360, "Ins. Paid"),
                    (430, "Balance")])
    svc = row(112, [(30, "01/05/26"), (80, "97165"), (130, "OT evaluation"), (300, "210.00"), (360, "133.40"),
                    (430, "76.60")])
    pay = row(124, [(30, "01/14/26"), (130, "Payment - thank you (check #1042)"), (300, "35.00"), (430, "0.00")])
    res = read(hdr + svc + pay)
    (ln,) = lines_of(res)
    assert ln.code == "97165" and ln.patient_owes == Decimal("76.60") and ln.paid == Decimal("133.40")
    assert not res.unread


def test_person_and_visit_headings_and_whose_claim_number_columns():
    from eobreader.sources.pdf import parse_labels
    from eobreader.sources.pdf_layout import TextLine

    def labels(text: str):
        return parse_labels(TextLine(1, 1, tuple(text_at(100, 30, text))))

    assert labels("Finn Strand: visit to Cobblestone Speech") == {Field.PATIENT: "Finn Strand"}
    assert Field.PATIENT not in labels("Suite 4B: second floor")
    got = labels("Claim number MH-26-00018842 | Your provider's reference: CSL-3391 | Processed Jan 29, 2026")
    assert (got[Field.PAYER_CLAIM_ID], got[Field.CLAIM_ID]) == ("MH-26-00018842", "CSL-3391")
    got = labels("Visit V-1182 - 01/07/2026 - Yvette Marchetti, OTR/L - Insurance claim ref. 5529018833")
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == ("V-1182", "5529018833")
    # two claim-number columns: the one the payer's word names is the payer's, the other the provider's
    hdr = row(100, [(30, "Our Claim #"), (100, "Insurer Claim #"), (180, "Date"), (230, "CPT"), (280, "Billed"),
                    (340, "Plan Paid")])
    data = row(112, [(30, "LSN-80412"), (100, "CVH7720114"), (180, "01/05/26"), (230, "97530"), (280, "190.00"),
                     (340, "137.00")])
    res = read(hdr + data)
    (claim,) = [c for st in res.statements for c in st.claims]
    assert (claim.claim_id, claim.payer_claim_id) == ("LSN-80412", "CVH7720114")


def test_count_before_the_service_name_is_units_when_no_units_column():
    hdr = row(100, [(30, "Date of Services"), (116, "Services Provided"), (400, "Amount Billed"), (480, "Approved")])
    a = row(112, [(30, "01/05/2026"), (116, "2 Therapeutic activities (97530)"), (400, "$190.00"), (480, "$98.20")])
    b = row(124, [(30, "01/05/2026"), (116, "15 min Therapeutic exercise (97110)"), (400, "$60.00"), (480, "$30.00")])
    first, second = lines_of(read(hdr + a + b))
    assert first.code == "97530" and first.units == Decimal("2")
    assert second.code == "97110" and second.units is None  # "15 min" is a duration, not a count


def test_second_heading_line_with_the_providers_number_stays_on_the_same_claim():
    h1 = row(80, [(30, "Claim Number: 26-MS-0031187"), (230, "Medicare ICN: 22026019338410")])
    h2 = row(90, [(30, "Patient: Harold Brennan"), (230, "Patient Account: BRA-660913")])
    hdr = row(100, [(30, "Date"), (90, "Procedure"), (160, "Charges"), (230, "Plan Paid")])
    data = row(112, [(30, "01/05/26"), (90, "97110 GP"), (160, "$160.00"), (230, "$11.85")])
    res = read(h1 + h2 + hdr + data)
    (claim,) = [c for st in res.statements for c in st.claims]
    assert claim.payer_claim_id == "26-MS-0031187" and claim.claim_id == "BRA-660913"
    assert [ln.code for ln in claim.lines] == ["97110"]


def test_heading_words_on_the_line_above_and_a_total_named_by_the_rows_arithmetic():
    # "Your plan's" printed over "price"; "Total" is deductible + copay + coinsurance on every row
    above = row(88, [(410, "Your plan's")])
    hdr = row(100, [(30, "Date"), (80, "Code"), (140, "Billed"), (200, "Plan paid"), (260, "Deductible"),
                    (330, "Copay"), (380, "Coins."), (420, "price"), (470, "Total")])
    r1 = row(112, [(30, "01/05/26"), (80, "97166"), (140, "$240.00"), (200, "$147.80"), (260, "$0.00"),
                   (330, "$25.00"), (380, "$0.00"), (420, "$172.80"), (470, "$25.00")])
    r2 = row(124, [(30, "01/07/26"), (80, "97530"), (140, "$190.00"), (200, "$90.00"), (260, "$20.00"),
                   (330, "$0.00"), (380, "$12.00"), (420, "$122.00"), (470, "$32.00")])
    a, b = lines_of(read(above + hdr + r1 + r2))
    assert (a.allowed, a.patient_owes) == (Decimal("172.80"), Decimal("25.00"))
    assert (b.allowed, b.patient_owes) == (Decimal("122.00"), Decimal("32.00"))


def test_unnamed_column_that_does_not_add_up_stays_unnamed():
    hdr = row(100, [(30, "Date"), (80, "Code"), (140, "Billed"), (200, "Plan paid"), (260, "Deductible"),
                    (330, "Copay"), (380, "Coins."), (470, "Total")])
    r1 = row(112, [(30, "01/05/26"), (80, "97166"), (140, "$240.00"), (200, "$147.80"), (260, "$0.00"),
                   (330, "$25.00"), (380, "$0.00"), (470, "$240.00")])
    (ln,) = lines_of(read(hdr + r1))
    assert ln.patient_owes is None  # never guessed


def test_person_headings_by_status_and_relationship_segments():
    from eobreader.sources.pdf import parse_labels
    from eobreader.sources.pdf_layout import TextLine

    def labels(text: str):
        return parse_labels(TextLine(1, 1, tuple(text_at(100, 30, text))))

    assert labels("Rohan Desai-Kapoor Paid") == {Field.PATIENT: "Rohan Desai-Kapoor"}
    assert labels("Aiden Okafor-Lindqvist · MRN 11-884-2213 · Son")[Field.PATIENT] == "Aiden Okafor-Lindqvist"
    assert Field.PATIENT not in labels("Harbor Lane · Suite 4 · Springfield")  # no relationship: not a person
    got = labels("Visit 01/05/26 · Fairmont Medical Center · Reference # 4471-2290-18")
    assert got[Field.PAYER_CLAIM_ID] == "4471-2290-18"
    assert labels("Member: Damian Kowalczyk (Participant)")[Field.HOLDER] == "Damian Kowalczyk"
