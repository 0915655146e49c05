"""General mechanisms of the PDF reader added in the seventh session, each on synthetic word lists placed
where a real page's text layer put them."""

from __future__ import annotations

from decimal import Decimal

from pdfwords import boxes, lines_of, read, right, row

from eobreader.vocab import Field, match_header


def test_plain_words_for_the_billed_amount_and_the_network_saving():
    """"Provider asked for" is what was billed (never the provider's name); "Member rate savings" is the
    network discount (never a rate)."""
    assert match_header("Provider asked for") is Field.BILLED
    assert match_header("Amount asked") is Field.BILLED
    assert match_header("Member rate savings") is Field.DISCOUNT
    assert match_header("Plan rate") is Field.ALLOWED
    assert match_header("Provider") is Field.PROVIDER


def test_right_aligned_two_line_headings_set_close_together():
    """"Provider Member rate" over "asked for   savings": the top line is one phrase, cut where the lower
    headings part; each stack then names its own column."""
    ws = (boxes(159.8, [("Provider", 183.7, 212.0), ("Member", 215.7, 243.2), ("rate", 245.1, 258.0),
                        ("Not", 284.3, 296.0), ("Plan", 321.4, 336.0), ("Toward", 355.6, 381.0),
                        ("Coin-", 441.1, 459.0), ("Plan's", 482.4, 502.0), ("Your", 528.3, 545.0)])
          + boxes(168.7, [("Visit", 36.0, 51.0), ("date", 52.9, 66.6), ("Service", 84.0, 107.3),
                          ("asked", 182.2, 200.5), ("for", 202.4, 212.0), ("savings", 234.7, 258.0),
                          ("covered", 271.0, 296.0), ("rate", 323.1, 336.0), ("deductible", 347.7, 381.0),
                          ("Copay", 398.2, 419.0), ("surance", 434.0, 459.0), ("share", 484.5, 502.0),
                          ("share", 527.5, 545.0), ("Note", 556.0, 571.0)])
          + boxes(183.1, [("01/06/2026", 36.0, 70.2), ("97165", 84.0, 102.8), ("GO", 104.6, 115.5),
                          ("$210.00", 187.6, 212.0), ("$37.80", 237.4, 258.0), ("$0.00", 279.1, 296.0),
                          ("$172.20", 311.6, 336.0), ("$150.00", 356.6, 381.0), ("$0.00", 402.1, 419.0),
                          ("$4.44", 442.1, 459.0), ("$17.76", 481.4, 502.0), ("$154.44", 520.6, 545.0),
                          ("1", 556.0, 559.8)])
          + boxes(197.5, [("01/06/2026", 36.0, 70.2), ("97530", 84.0, 102.8), ("GO", 104.6, 115.5),
                          ("$190.00", 187.6, 212.0), ("$34.20", 237.4, 258.0), ("$0.00", 279.1, 296.0),
                          ("$155.80", 311.6, 336.0), ("$0.00", 356.6, 381.0), ("$0.00", 402.1, 419.0),
                          ("$31.16", 438.6, 459.0), ("$124.64", 477.6, 502.0), ("$31.16", 524.6, 545.0)]))
    first, second = lines_of(read(ws))
    assert (first.billed, first.discount, first.allowed, first.deductible, first.paid, first.patient_owes) == (
        Decimal("210.00"), Decimal("37.80"), Decimal("172.20"), Decimal("150.00"), Decimal("17.76"),
        Decimal("154.44"))
    assert (second.billed, second.discount, second.allowed) == (Decimal("190.00"), Decimal("34.20"),
                                                                 Decimal("155.80"))


def test_a_price_heading_whose_values_are_the_cut_is_the_discount():
    """"Network Price" would be the allowed amount, but on every row its value is what was billed less what
    the plan paid and the member owes (and never their sum): the document's arithmetic names it the discount."""
    head = (row(60, [(20, "Service Date"), (80, "Code")])
            + right(60, [(200, "Charged"), (250, "Network Price"), (300, "Plan Paid"), (350, "Your Share")]))
    rows = [("01/05/2026", "97530", "190.00", "41.80", "23.97", "124.23"),
            ("01/05/2026", "97112", "170.00", "37.40", "112.71", "19.89"),
            ("01/09/2026", "97116", "82.00", "0.00", "0.00", "82.00")]
    ws = list(head)
    for k, (d, code, *amounts) in enumerate(rows):
        y = 74 + 12 * k
        ws += row(y, [(20, d), (80, code)]) + right(y, list(zip((200, 250, 300, 350), amounts)))
    lines = lines_of(read(ws))
    assert [(ln.code, ln.billed, ln.discount, ln.allowed, ln.paid, ln.patient_owes) for ln in lines] == [
        ("97530", Decimal("190.00"), Decimal("41.80"), None, Decimal("23.97"), Decimal("124.23")),
        ("97112", Decimal("170.00"), Decimal("37.40"), None, Decimal("112.71"), Decimal("19.89")),
        ("97116", Decimal("82.00"), Decimal("0.00"), None, Decimal("0.00"), Decimal("82.00"))]


def test_a_price_heading_whose_values_are_the_plan_and_member_parts_stays_the_allowed_amount():
    """The same heading over what the plan paid plus what the member owes is the allowed amount."""
    head = (row(60, [(20, "Service Date"), (80, "Code")])
            + right(60, [(200, "Charged"), (250, "Network Price"), (300, "Plan Paid"), (350, "Your Share")]))
    rows = [("01/05/2026", "97530", "190.00", "148.20", "23.97", "124.23"),
            ("01/05/2026", "97112", "170.00", "132.60", "112.71", "19.89")]
    ws = list(head)
    for k, (d, code, *amounts) in enumerate(rows):
        y = 74 + 12 * k
        ws += row(y, [(20, d), (80, code)]) + right(y, list(zip((200, 250, 300, 350), amounts)))
    assert [(ln.allowed, ln.discount) for ln in lines_of(read(ws))] == [(Decimal("148.20"), None),
                                                                       (Decimal("132.60"), None)]


def test_notes_after_the_yes_under_an_approved_question_are_the_lines_remarks():
    """A Medicare notice heads one column "Approved?" over "See Notes" and prints "Yes A B" in it: the
    question is never the approved amount, and the letters after the answer are the line's notes."""
    ws = (boxes(90.5, [("Service", 44.0, 73.4), ("Provided", 76.0, 111.5), ("&", 114.0, 120.5),
                       ("Amount", 231.3, 263.2), ("Provider", 265.7, 300.1), ("Medicare", 334.3, 372.0),
                       ("Medicare", 404.3, 442.0), ("Maximum", 450.2, 490.3), ("You", 492.8, 508.0),
                       ("Approved?", 522.0, 564.2)])
          + boxes(100.5, [("Billing", 44.0, 71.3), ("Code", 73.8, 93.9), ("Charged", 265.9, 300.0),
                          ("Approved", 333.9, 372.0), ("Paid", 424.1, 442.0), ("May", 451.6, 468.6),
                          ("Be", 470.9, 481.6), ("Billed", 484.1, 508.0), ("See", 522.0, 536.4),
                          ("Notes", 538.9, 562.2)])
          + boxes(118.0, [("Jan", 43.4, 58.1), ("7,", 60.8, 68.8), ("2026", 71.4, 92.7)])
          + boxes(130.6, [("PT", 52.0, 61.6), ("evaluation,", 63.9, 104.2), ("high", 106.5, 122.7),
                          ("complexity", 125.0, 164.7), ("(97163-GP)", 167.0, 208.5), ("$265.00", 270.3, 300.0),
                          ("$101.12", 342.3, 372.0), ("$36.16", 416.8, 442.0), ("$64.22", 482.8, 508.0),
                          ("Yes", 521.9, 534.7), ("A", 537.0, 542.3), ("B", 544.5, 549.8)]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.modifiers, ln.billed, ln.allowed, ln.paid, ln.patient_owes, ln.remarks) == (
        "97163", ("GP",), Decimal("265.00"), Decimal("101.12"), Decimal("36.16"), Decimal("64.22"), ("A", "B"))


def test_a_bracketed_qualifier_over_two_value_columns_stays_one_heading():
    """"Total cost" over "(approved amount)", the bracket drawn across the end of "provider billed": the
    bracket's words sit over two value columns, yet a bracket is never cut, so the amount under "Total cost"
    is the allowed amount."""
    ws = (boxes(280.8, [("Service", 44.0, 72.2), ("provided", 74.6, 108.6), ("Date", 250.0, 268.1),
                        ("Amount", 303.0, 332.9), ("the", 335.3, 348.0), ("Total", 376.2, 395.6),
                        ("cost", 398.0, 414.0), ("Plan's", 447.1, 470.0), ("Your", 502.1, 520.0),
                        ("Notes", 528.0, 550.3)])
          + boxes(288.8, [("provider", 291.8, 324.3), ("billed", 326.6, 347.9), ("(approved", 339.9, 379.2),
                          ("amount)", 381.6, 413.9), ("share", 448.6, 470.0), ("share", 498.6, 520.0)])
          + boxes(303.5, [("97166", 44.0, 66.9), ("OT", 69.2, 79.3), ("evaluation,", 81.5, 121.6),
                          ("moderate", 123.9, 158.9), ("complexity", 161.2, 200.9), ("Jan", 249.6, 261.1),
                          ("6,", 263.4, 270.2), ("2026", 272.5, 290.8), ("$240.00", 318.2, 348.0),
                          ("$101.15", 384.2, 414.0), ("$71.15", 444.8, 470.0), ("$30.00", 494.8, 520.0),
                          ("A", 536.0, 540.9)])
          + boxes(315.5, [("97760", 44.0, 66.9), ("Orthotic", 69.2, 98.4), ("management", 100.6, 148.8),
                          ("and", 151.1, 164.6), ("training", 166.9, 194.8), ("Jan", 249.6, 261.1),
                          ("6,", 263.4, 270.2), ("2026", 272.5, 290.8), ("$120.00", 318.2, 348.0),
                          ("$42.42", 388.8, 414.0), ("$42.42", 444.8, 470.0), ("$0.00", 499.4, 520.0)]))
    first, second = lines_of(read(ws))
    assert (first.code, first.billed, first.allowed, first.paid, first.patient_owes, first.remarks) == (
        "97166", Decimal("240.00"), Decimal("101.15"), Decimal("71.15"), Decimal("30.00"), ("A",))
    assert (second.code, second.allowed) == ("97760", Decimal("42.42"))
