"""General mechanisms of the PDF reader added in the sixth session, each on synthetic word lists or on a
small PDF drawn here: headings printed over one another, a heading row set tight with an abbreviation
inside it."""

from __future__ import annotations

from decimal import Decimal

from pdfwords import boxes, claims_of, lines_of, read, right, row, words_at

from eobreader.sources.pdf_layout import group_lines


def test_headings_printed_over_the_end_of_the_one_before_are_separate_words(tmp_path):
    """Right-aligned headings wider than their columns overlap ("Billed" under the start of "Price
    reduction"): the characters of each run stay together, never one word across both."""
    from reportlab.pdfgen import canvas

    from eobreader.sources.pdf_words import PdfiumSource

    path = tmp_path / "over.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 8)
    c.drawString(40, 600, "Date")
    c.drawString(100, 600, "Code")
    for x, text in ((264, "Billed"), (312, "Price reduction"), (358, "Covered amount"), (420, "You owe")):
        c.drawRightString(x, 600, text)
    c.drawString(40, 585, "01/06/26")
    c.drawString(100, 585, "97166")
    for x, text in ((264, "240.00"), (312, "57.60"), (358, "182.40"), (420, "36.48")):
        c.drawRightString(x, 585, text)
    c.save()
    (page,) = list(PdfiumSource().pages(path))
    head = next(ln for ln in group_lines(page.words) if "Date" in ln.text)
    assert [w.text for w in head.words] == ["Date", "Code", "Billed", "Price", "reduction", "Covered", "amount",
                                            "You", "owe"]
    (ln,) = lines_of(read(list(page.words)))
    assert (ln.code, ln.billed, ln.discount, ln.allowed, ln.patient_owes) == (
        "97166", Decimal("240.00"), Decimal("57.60"), Decimal("182.40"), Decimal("36.48"))


def test_a_tight_heading_row_with_an_abbreviation_inside_is_no_sentence():
    """"Copay/Coins." ends with a full stop among lower-case words, yet every cell of the row is a heading."""
    ws = (row(60, [(20, "Service date"), (70, "What was done"), (200, "Mods"), (222, "Qty")])
          + right(60, [(262, "Billed"), (300, "Covered amount"), (352, "Copay/Coins."), (390, "Plan's share"),
                       (428, "Your share")])
          + row(72, [(20, "01/08/26"), (70, "97110 Therapeutic exercises"), (200, "GP"), (222, "3")])
          + right(72, [(262, "240.00"), (300, "182.40"), (352, "30.00"), (390, "152.40"), (428, "30.00")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.modifiers, ln.units, ln.billed, ln.allowed, ln.paid, ln.patient_owes) == (
        "97110", ("GP",), Decimal("3"), Decimal("240.00"), Decimal("182.40"), Decimal("152.40"), Decimal("30.00"))


def test_values_set_on_another_grid_than_their_headings_are_read_under_the_heading_they_follow():
    """A monospace remit whose values drift right of their headings, by half a column at the right edge:
    read as printed, two amounts crowd into one cell; stretched to the values, each sits under its own."""
    ws = (row(60, [(30, "PERF PROV"), (80, "SERV DATE"), (138, "POS"), (156, "NOS"), (174, "PROC"), (201, "MODS"),
                   (242, "BILLED"), (278, "ALLOWED"), (318, "DEDUCT"), (358, "COINS"), (390, "GRP/RC-AMT"),
                   (466, "PROV PD")]))
    rows = [("0105 010526", "2", "97110", "160.00", "59.24", "59.24", "0.00", "100.76", "0.00"),
            ("0105 010526", "1", "97140", "75.00", "27.11", "0.76", "5.27", "47.89", "20.66"),
            ("0107 010726", "2", "97110", "160.00", "59.24", "0.00", "11.85", "100.76", "46.44")]
    for k, (dates, n, code, billed, allowed, ded, coins, co45, paid) in enumerate(rows):
        y = 72 + 12 * k
        ws += row(y, [(30, "1457788990"), (78, dates), (150, "11"), (178, n), (196, code), (226, "GP"), (438, "CO-45")])
        ws += right(y, [(316, billed), (354, allowed), (392, ded), (428, coins), (525, co45), (572, paid)])
    got = lines_of(read(ws))
    assert [(ln.code, ln.units, ln.billed, ln.allowed, ln.deductible, ln.coinsurance, ln.paid) for ln in got] == [
        ("97110", Decimal("2"), Decimal("160.00"), Decimal("59.24"), Decimal("59.24"), Decimal("0.00"), Decimal("0.00")),
        ("97140", Decimal("1"), Decimal("75.00"), Decimal("27.11"), Decimal("0.76"), Decimal("5.27"), Decimal("20.66")),
        ("97110", Decimal("2"), Decimal("160.00"), Decimal("59.24"), Decimal("0.00"), Decimal("11.85"), Decimal("46.44"))]
    assert [[(a.group, a.reason, a.amount) for a in ln.adjustments] for ln in got] == [
        [("CO", "45", Decimal("100.76"))], [("CO", "45", Decimal("47.89"))], [("CO", "45", Decimal("100.76"))]]


def test_where_a_payment_was_posted_is_no_end_date():
    """"Posted To" names the account a posting report put the payment on, by name: no date of any kind."""
    from eobreader.vocab import Field, match_header

    assert match_header("Posted To") is Field.WORKFLOW
    assert match_header("Applied To") is Field.WORKFLOW
    assert match_header("To") is Field.SERVICE_END
    ws = (row(60, [(20, "DOS"), (70, "CPT"), (110, "Units"), (300, "Adj Code"), (470, "Posted To")])
          + right(60, [(190, "Charge"), (240, "Allowed"), (390, "Ins Paid"), (440, "Pt Resp")])
          + row(72, [(20, "1/7/2026"), (70, "97165"), (110, "1"), (300, "CO45"), (470, "Abernathy / visit 01/07/26")])
          + right(72, [(190, "210.00"), (240, "155.40"), (340, "54.60"), (390, "124.32"), (440, "31.08")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, str(ln.service_date), ln.service_end, ln.billed, ln.paid, ln.patient_owes) == (
        "97165", "2026-01-07", ln.service_date, Decimal("210.00"), Decimal("124.32"), Decimal("31.08"))


def test_a_labelled_line_of_more_codes_under_a_row_adds_to_its_remarks():
    """"also: DD, CI" printed under the description of a row whose remark column holds "PD": the row's other
    remark codes. A label followed by words that are not codes of that shape adds nothing."""
    head = (row(60, [(20, "Service Date"), (80, "Proc"), (120, "Description")])
            + right(60, [(330, "Charges"), (380, "Ineligible")]) + row(60, [(386, "Rsn")])
            + right(60, [(450, "Eligible"), (500, "Paid"), (550, "Pt. Resp.")]))

    def service(y, code, extra):
        return (row(y, [(20, "01/06/2026"), (80, code), (120, "Therapy visit")])
                + right(y, [(330, "240.00"), (380, "36.00")]) + row(y, [(386, "PD")])
                + right(y, [(450, "204.00"), (500, "204.00"), (550, "0.00")]) + row(y + 11, [(120, extra)]))

    got = lines_of(read(head + service(72, "97166", "also: DD, CI") + service(96, "97760", "Note: see back")))
    assert [(ln.code, tuple(sorted(ln.remarks))) for ln in got] == [("97166", ("CI", "DD", "PD")), ("97760", ("PD",))]


def test_a_claims_date_over_its_provider_address_and_referrer_dates_its_services():
    """A notice dates each claim on a line of its own, then the provider's name, street and town (or "Referred
    by: ...") before "Claim number ...": the date is its services' date, the table having no date column."""
    def claim(y, date_words, between, number, services):
        ws = row(y, [(40, date_words)])
        for k, text in enumerate(between):
            ws += row(y + 11 * (k + 1), [(40, text)])
        y += 11 * (len(between) + 1)
        ws += row(y, [(40, "Claim number " + number)])
        ws += row(y + 14, [(40, "Service Provided & Billing Code")]) + right(y + 14, [(330, "Amount Charged"),
                                                                                  (410, "Medicare Approved"),
                                                                                  (480, "Medicare Paid"),
                                                                                  (560, "You May Be Billed")])
        for k, (desc, billed, allowed, paid, owe) in enumerate(services):
            ws += row(y + 28 + 12 * k, [(40, desc)]) + right(y + 28 + 12 * k, [(330, billed), (410, allowed),
                                                                              (480, paid), (560, owe)])
        return ws

    ws = claim(60, "January 5, 2026", ["Juniper Bend Physical Therapy, (555) 014-2270", "418 Orchard Row",
                                       "Lakeview Falls, MN 55906"], "26-0050-1147-3820",
               [("Therapeutic exercises (97110-GP)", "$160.00", "$59.24", "$31.64", "$26.95")])
    ws += claim(200, "January 9, 2026", ["Lakeview Falls Family Medicine, (555) 014-8810",
                                         "Referred by: Paul Nystrom, MD"], "26-0094-2218-6631",
                [("Blood draw by needle (36415)", "$18.00", "$3.00", "$2.35", "$0.60")])
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date), ln.billed) for ln in got] == [
        ("97110", "2026-01-05", Decimal("160.00")), ("36415", "2026-01-09", Decimal("18.00"))]


def test_a_statement_panel_whose_notes_sit_beside_the_rows_and_whose_amount_due_sits_beside_the_heading():
    """A hospital statement's left panel: "Amount due" level with the table's headings and its amount beside
    the first row, "Due by" beside the third, a sentence beside the last. The panel is cut off; every row reads."""
    ws = (row(60, [(40, "Statement date")]) + row(72, [(40, "January 31, 2026")])
          + row(84, [(40, "Account holder")]) + row(96, [(40, "Colin Whitcombe")])
          + row(110, [(40, "Amount due"), (190, "Date"), (242, "Rev"), (268, "Code"), (324, "Description"), (507, "Qty")])
          + right(110, [(580, "Amount")])
          + row(122, [(40, "628.20")]))
    services = [("01/10/2026", "0450", "99283", "Emergency department visit", "1", "410.00"),
                ("01/10/2026", "0320", "73110", "X-ray of wrist, three views", "1", "142.00"),
                ("01/10/2026", "0300", "36415", "Blood draw by needle", "1", "18.00"),
                ("01/10/2026", "0305", "85025", "Complete blood count", "1", "46.00"),
                ("01/10/2026", "0274", "E0114", "Underarm crutches, pair", "1", "64.00")]
    for k, (d, rev, code, desc, qty, amt) in enumerate(services):
        y = 124 + 13 * k
        ws += row(y, [(190, d), (242, rev), (268, code), (324, desc), (516, qty)]) + right(y, [(580, amt)])
    ws += row(150, [(40, "Due by")]) + row(162, [(40, "February 25, 2026")])
    ws += row(176, [(40, "Ask about payment plans.")])
    got = lines_of(read(ws))
    assert [(ln.code, ln.units, ln.billed) for ln in got] == [
        (code, Decimal(qty), Decimal(amt)) for _, _, code, _, qty, amt in services]


def test_a_two_line_heading_hung_level_with_a_row_of_one_line_headings():
    """"Patient" a little above and "Balance" a little below the row "Date Rev HCPCS ... Ins Adj  Msg", in the
    gap before "Msg": one heading, the patient's balance, and its second line no row."""
    ws = (row(174.7, [(486, "Patient")], 7.0)
          + row(178.7, [(40, "Date"), (92, "Rev"), (118, "HCPCS"), (175, "Qty"), (196, "Description"), (522, "Msg")], 7.0)
          + right(178.7, [(372, "Charges"), (420, "Ins Paid"), (466, "Ins Adj")], 7.0)
          + row(182.7, [(483, "Balance")], 7.0)
          + row(199, [(40, "01/05/2026"), (92, "0430"), (118, "97110"), (184, "2"), (196, "THERAPEUTIC EXERCISES")])
          + right(199, [(372, "160.00"), (420, "66.75"), (466, "51.20"), (514, "42.05")])
          + row(211, [(40, "01/07/2026"), (92, "0430"), (118, "97140"), (184, "2"), (196, "MANUAL THERAPY")])
          + right(211, [(372, "150.00"), (420, "76.50"), (466, "48.00"), (514, "25.50")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed, ln.paid, ln.patient_owes) for ln in got] == [
        ("97110", Decimal("160.00"), Decimal("66.75"), Decimal("42.05")),
        ("97140", Decimal("150.00"), Decimal("76.50"), Decimal("25.50"))]


def test_more_adjustments_run_on_into_the_paid_column_stay_adjustments():
    """"CO-45 118.88 PR-1 60.00 PR-2 | 8.22 CO-253 0.66 32.24": the row's last adjustments ran on under the
    heading of the amount paid; the column's own amount is its last."""
    ws = (row(60, [(36, "SERV DATE"), (186, "PROC"), (216, "MODS"), (402, "GRP/RC-AMT")])
          + right(60, [(286, "BILLED"), (326, "ALLOWED"), (362, "DEDUCT"), (396, "COINS"), (598, "PROV PD")])
          + row(72, [(36, "010526"), (186, "97161"), (216, "GP")])
          + right(72, [(286, "220.00"), (326, "101.12"), (362, "60.00"), (396, "8.22")])
          + boxes(72, (
              ("CO-45", 402, 421), ("118.88", 425, 447), ("PR-1", 451, 466), ("60.00", 470, 489), ("PR-2", 493, 508),
              ("8.22", 512, 527), ("CO-253", 531, 553), ("0.66", 557, 572), ("32.24", 579, 598)))
          + row(84, [(36, "010526"), (186, "97110"), (216, "GP")])
          + right(84, [(286, "160.00"), (326, "59.24"), (362, "0.00"), (396, "11.85")])
          + boxes(84, (
              ("CO-45", 402, 421), ("100.76", 425, 447), ("PR-2", 451, 466), ("11.85", 470, 489), ("CO-253", 493, 515),
              ("0.95", 519, 534), ("46.44", 579, 598))))
    got = lines_of(read(ws))
    assert [ln.paid for ln in got] == [Decimal("32.24"), Decimal("46.44")]
    assert [(a.group, a.reason, a.amount) for a in got[0].adjustments] == [
        ("CO", "45", Decimal("118.88")), ("PR", "1", Decimal("60.00")), ("PR", "2", Decimal("8.22")),
        ("CO", "253", Decimal("0.66"))]


def test_a_statements_ways_to_pay_is_no_heading():
    from eobreader.vocab import Field, match_header

    assert match_header("Ways to pay") is None
    assert match_header("How to pay") is None
    assert match_header("Svc To") is Field.SERVICE_END


def test_a_panel_carried_onto_the_next_page_beside_the_headings_only():
    """Page 1's left panel runs beside its rows; page 2's (the subscriber, "ID ...", "Group ...") sits beside the
    three lines of the table's heading and no row: cut off behind the same corridor all the same."""
    def heading(y):
        return (right(y, [(486, "Amount"), (528, "Plan"), (570, "Your")])
                + row(y + 11, [(196, "Date(s)"), (248, "What you received"), (380, "Proc. code")])
                + right(y + 22, [(486, "billed"), (528, "paid"), (570, "share")]))

    def service(y, d, desc, code, billed, paid, share):
        return row(y, [(196, d), (248, desc), (380, code)]) + right(y, [(486, billed), (528, paid), (570, share)])

    page1 = (row(16, [(34, "Subscriber")]) + row(27, [(34, "Marguerite Okafor")]) + row(38, [(34, "ID HMK 5502 88417")])
             + heading(50)
             + service(86, "02/03/2026", "Speech treatment", "92507-GN", "$160.00", "$96.60", "$25.00")
             + row(86, [(34, "Your plan pays for")])
             + service(98, "02/04/2026", "Speech treatment", "92507-GN", "$160.00", "$96.60", "$25.00")
             + row(98, [(34, "therapy visits each year.")])
             + service(110, "02/05/2026", "Speech treatment", "92507-GN", "$160.00", "$96.60", "$25.00")
             + row(110, [(34, "Call us with questions.")])
             + service(122, "02/06/2026", "Speech treatment", "92507-GN", "$160.00", "$96.60", "$25.00"))
    page2 = (row(40, [(34, "Subscriber")]) + row(51, [(34, "Marguerite Okafor")]) + row(62, [(34, "Group HB-20913")])
             + heading(40)
             + service(80, "02/11/2026", "Speech evaluation", "92523-GN", "$290.00", "$195.40", "$25.00")
             + service(92, "02/18/2026", "Speech treatment", "92507-GN", "$160.00", "$96.60", "$25.00"))
    got = lines_of(read(page1, page2))
    assert [(ln.code, str(ln.service_date), ln.billed, ln.paid, ln.patient_owes) for ln in got][4:] == [
        ("92523", "2026-02-11", Decimal("290.00"), Decimal("195.40"), Decimal("25.00")),
        ("92507", "2026-02-18", Decimal("160.00"), Decimal("96.60"), Decimal("25.00"))]


def test_counts_written_as_multipliers_are_units_wherever_they_stand():
    """"x2" under "Qty", "x1" after the code's modifiers with no count column, "x1" run on into the charge's
    column; "Times" heads a count. "X2" in capitals stays a modifier's shape."""
    from eobreader.sources.pdf_layout import Kind, token_kind
    from eobreader.vocab import Field, match_header

    assert token_kind("x2") == Kind.UNITS and token_kind("\u00d73") == Kind.UNITS and token_kind("X2") == Kind.MOD
    assert match_header("Times") is Field.UNITS
    under_qty = (row(60, [(40, "Date"), (104, "Service"), (250, "Code"), (306, "Qty")])
                 + right(60, [(380, "Charge"), (450, "Plan paid"), (520, "Your share")])
                 + row(72, [(40, "01/05/2026"), (104, "Therapeutic exercises"), (250, "97110 GP"), (310, "x2")])
                 + right(72, [(380, "$160.00"), (450, "$87.00"), (520, "$25.00")]))
    assert [(ln.code, ln.units) for ln in lines_of(read(under_qty))] == [("97110", Decimal("2"))]
    no_count = (row(60, [(40, "Date"), (104, "Service"), (250, "Code")])
                + right(60, [(380, "Amount Billed"), (450, "Plan Paid"), (520, "You Owe")])
                + row(72, [(40, "01/06/26"), (104, "OT evaluation"), (250, "97165 GO x1")])
                + right(72, [(380, "210.00"), (450, "172.20"), (520, "0.00")])
                + row(84, [(40, "01/13/26"), (104, "Neuromuscular re-education"), (250, "97112 GO 59")])
                + row(84, [(336, "x1")]) + right(84, [(380, "85.00"), (450, "55.76"), (520, "13.94")]))
    assert [(ln.code, ln.units, ln.billed) for ln in lines_of(read(no_count))] == [
        ("97165", Decimal("1"), Decimal("210.00")), ("97112", Decimal("1"), Decimal("85.00"))]


def test_a_statement_of_benefits_with_the_code_on_a_labelled_line_under_each_row():
    """"Proc 97163 Mod GP Svcs 1" under a row whose description ran into the charge's column ("... each 15 |
    95.00"), and "Code" over "D02" after the amounts, a note code the page explains: the row's code, modifiers,
    count and remark."""
    ws = (row(60, [(20, "Service Date"), (80, "Service Description")])
          + right(60, [(368, "Charged"), (410, "Savings"), (455, "Plan Paid"), (500, "You Owe")])
          + row(60, [(512, "Code")])
          + row(72, [(20, "01/06/26"), (80, "PT evaluation, high complexity")])
          + right(72, [(368, "265.00"), (410, "68.90"), (455, "11.10"), (500, "185.00")]) + row(72, [(512, "D02")])
          + row(83, [(40, "Proc 97163 Mod GP Svcs 1")])
          + row(96, [(20, "01/13/26"), (80, "Therapeutic activities, direct one-on-one contact, each 15")])
          + right(96, [(368, "95.00"), (410, "24.70"), (455, "70.30"), (500, "0.00")])
          + row(107, [(40, "minutes")]) + row(118, [(40, "Proc 97530 Mod GP Svcs 2")])
          + row(140, [(20, "D02 Amount applied to your deductible.")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.units, ln.billed, ln.paid, tuple(ln.remarks)) for ln in got] == [
        ("97163", ("GP",), Decimal("1"), Decimal("265.00"), Decimal("11.10"), ("D02",)),
        ("97530", ("GP",), Decimal("2"), Decimal("95.00"), Decimal("70.30"), ())]


def test_a_heading_word_alone_under_a_heading_stacks_on_it():
    """"RECIP" over "COPAY" (the recipient's copay), beside "REIMB" (what the program paid): one heading of two
    lines, though the second line holds one word."""
    from eobreader.vocab import Field, match_header

    assert match_header("REIMB") is Field.PAID
    ws = (row(60, [(20, "SVC DATE"), (80, "PROC-MOD"), (140, "QTY"), (430, "ADJ RSN")])
          + right(60, [(220, "SUBMITTED"), (270, "ALLOWED"), (320, "TPL AMT"), (360, "RECIP"), (410, "REIMB")])
          + right(70, [(362, "COPAY")])
          + row(84, [(20, "01/05/2026"), (80, "97165-GO"), (140, "1.0"), (430, "CO45 111.80 PR3 3.00")])
          + right(84, [(220, "210.00"), (270, "98.20"), (320, "0.00"), (360, "3.00"), (410, "95.20")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.billed, ln.allowed, ln.copay, ln.paid) == (
        "97165", Decimal("210.00"), Decimal("98.20"), Decimal("3.00"), Decimal("95.20"))


def test_values_drifting_right_of_their_headings_by_a_column_in_a_posting_report():
    """Read as printed, each amount falls under the heading after its own, the copay's amount opening the
    adjustment codes' cell ("0.00 CO45 19.50"): the headings are stretched onto the values."""
    ws = boxes(60, (
        ("DOS", 32, 45), ("CPT", 74, 86), ("Mod", 106, 118), ("Units", 138, 153), ("Charge", 164, 185),
        ("Allowed", 212, 235), ("Deduct", 258, 279), ("Coins", 300, 317), ("Copay", 342, 361), ("Adj", 384, 395),
        ("Codes", 398, 414), ("Paid", 532, 545)), 7.0)
    rows = [(("97163", 74, 91), ("GP", 106, 115), ("1", 157, 160), ("265.00", 189, 208), ("196.10", 235, 254),
             ("50.00", 281, 296), ("29.22", 323, 338), ("0.00", 368, 380), ("CO45", 384, 400), ("68.90", 402, 417),
             ("PR1", 418, 430), ("50.00", 432, 447), ("PR2", 449, 461), ("29.22", 462, 477), ("116.88", 561, 580)),
            (("97140", 74, 91), ("GP", 106, 115), ("59", 116, 123), ("1", 157, 160), ("75.00", 193, 208),
             ("55.50", 239, 254), ("0.00", 284, 296), ("11.10", 323, 338), ("0.00", 368, 380), ("CO45", 384, 400),
             ("19.50", 402, 417), ("PR2", 418, 430), ("11.10", 432, 447), ("44.40", 565, 580))]
    for k, cells in enumerate(rows):
        y = 72 + 11 * k
        ws += boxes(y, (("02/04/26", 32, 56), *cells), 7.0)
    got = lines_of(read(ws))
    assert [(ln.code, ln.units, ln.billed, ln.allowed, ln.deductible, ln.coinsurance, ln.copay, ln.paid)
            for ln in got] == [
        ("97163", Decimal("1"), Decimal("265.00"), Decimal("196.10"), Decimal("50.00"), Decimal("29.22"),
         Decimal("0.00"), Decimal("116.88")),
        ("97140", Decimal("1"), Decimal("75.00"), Decimal("55.50"), Decimal("0.00"), Decimal("11.10"),
         Decimal("0.00"), Decimal("44.40"))]


def test_a_remark_code_after_the_last_amount_past_run_on_adjustments():
    """"CO-253 | 0.95 46.44 N640" under the paid heading: the adjustment's amount, the amount paid, a remark."""
    ws = (row(60, [(36, "SERV DATE"), (186, "PROC"), (216, "MODS"), (402, "GRP/RC-AMT")])
          + right(60, [(286, "BILLED"), (326, "ALLOWED"), (598, "PROV PD")])
          + row(72, [(36, "010526"), (186, "97110"), (216, "GP")]) + right(72, [(286, "160.00"), (326, "59.24")])
          + boxes(72, (
              ("CO-45", 402, 421), ("100.76", 425, 447), ("PR-2", 451, 466), ("11.85", 470, 489), ("CO-253", 493, 515),
              ("0.95", 562, 577), ("46.44", 579, 598), ("N640", 602, 619)))
          + row(84, [(36, "010526"), (186, "97140"), (216, "GP")]) + right(84, [(286, "75.00"), (326, "27.11")])
          + boxes(84, (
              ("CO-45", 402, 421), ("47.89", 425, 447), ("PR-2", 451, 466), ("5.42", 470, 489), ("CO-253", 493, 515),
              ("0.43", 519, 534), ("21.26", 579, 598)))
          + row(96, [(36, "N640 Documentation does not support the service.")]))
    got = lines_of(read(ws, width=700))
    assert [(ln.code, ln.paid, tuple(ln.remarks)) for ln in got] == [
        ("97110", Decimal("46.44"), ("N640",)), ("97140", Decimal("21.26"), ())]
    assert [(a.group, a.reason, a.amount) for a in got[0].adjustments][-1] == ("CO", "253", Decimal("0.95"))


def test_a_count_on_a_line_of_its_own_under_a_notices_row():
    """A Medicare notice prints "Qty 2" under each service: the row's count (the table has no count column)."""
    ws = (row(60, [(40, "Service Provided & Billing Code")])
          + right(60, [(330, "Amount Charged"), (410, "Medicare Approved"), (480, "Medicare Paid"),
                       (560, "You May Be Billed")])
          + row(72, [(40, "Therapeutic exercises (97110-GP)")])
          + right(72, [(330, "$160.00"), (410, "$59.24"), (480, "$46.44"), (560, "$11.85")])
          + row(83, [(44, "Qty 2")])
          + row(95, [(40, "Manual therapy (97140-GP-59)")])
          + right(95, [(330, "$75.00"), (410, "$27.11"), (480, "$21.26"), (560, "$5.42")])
          + row(106, [(44, "Qty 1")]))
    assert [(ln.code, ln.units) for ln in lines_of(read(ws))] == [("97110", Decimal("2")), ("97140", Decimal("1"))]


def test_a_headings_last_word_alone_on_the_line_under_it():
    """"Your" ending the heading row and "Portion" alone under it: one heading, what the family owes."""
    ws = (row(60, [(20, "Date"), (70, "Code"), (120, "Service"), (230, "Qty")])
          + right(60, [(300, "Charge"), (350, "Ins Paid"), (400, "Ins Adj")]) + row(60, [(430, "Your")])
          + row(70, [(426, "Portion")])
          + row(84, [(20, "01/05/2026"), (70, "97165 GO"), (120, "OT evaluation"), (234, "1")])
          + right(84, [(300, "210.00"), (350, "59.04"), (400, "46.20"), (458, "104.76")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.billed, ln.paid, ln.patient_owes) == ("97165", Decimal("210.00"), Decimal("59.04"),
                                                               Decimal("104.76"))


def test_a_statements_insurer_payment_printed_as_a_credit_is_what_was_paid():
    """"210.00 (77.76) (37.80) 94.44": the charge less the payment and write-off, both credits, is the balance,
    so the payment in brackets is an amount paid; a row whose amounts do not balance keeps its sign."""
    head = (row(60, [(20, "Date"), (70, "Code"), (120, "Description")])
            + right(60, [(300, "Charge"), (350, "Ins. Paid"), (400, "Ins. Adj."), (450, "You Owe")]))
    ws = head + (row(72, [(20, "01/06/2026"), (70, "97165GO"), (120, "OT evaluation")])
                 + right(72, [(300, "210.00"), (350, "(77.76)"), (400, "(37.80)"), (450, "94.44")])
                 + row(84, [(20, "01/08/2026"), (70, "97530GO"), (120, "Therapeutic activities")])
                 + right(84, [(300, "190.00"), (350, "(20.00)"), (400, "(34.20)"), (450, "150.00")]))
    assert [ln.paid for ln in lines_of(read(ws))] == [Decimal("77.76"), Decimal("-20.00")]


def test_modifiers_joined_by_hyphens_after_the_code_in_brackets():
    ws = (row(60, [(20, "Date"), (70, "Service you got (code)")])
          + right(60, [(330, "Charge"), (400, "Plan paid"), (470, "Your share")])
          + row(72, [(20, "01/12/2026"), (70, "Therapeutic exercises (97110 GP-CQ)")])
          + right(72, [(330, "$160.00"), (400, "$77.40"), (470, "$25.00")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.modifiers) == ("97110", ("GP", "CQ"))


def test_amount_columns_headed_by_the_adjustment_code_they_stand_for():
    """"DEDUCT" over "PR-1", "CONTR" over "CO-45", "SEQ" over "CO-253": each amount that is not zero is that
    adjustment, the row printing no codes of its own."""
    ws = (right(60, [(300, "DEDUCT"), (342, "COINS"), (388, "CONTR"), (430, "SEQ")])
          + row(71, [(30, "DOS"), (80, "CPT"), (108, "MODS")])
          + right(71, [(210, "CHARGE"), (256, "ALLOWED"), (300, "PR-1"), (342, "PR-2"), (388, "CO-45"), (430, "CO-253"),
                       (478, "PAID")])
          + row(84, [(30, "01/06/2026"), (80, "97110"), (108, "GP")])
          + right(84, [(210, "160.00"), (256, "59.24"), (300, "40.00"), (342, "3.85"), (388, "100.76"), (430, "0.31"),
                       (478, "15.08")])
          + row(96, [(30, "01/06/2026"), (80, "97140"), (108, "GP")])
          + right(96, [(210, "75.00"), (256, "27.11"), (300, "0.00"), (342, "5.42"), (388, "47.89"), (430, "0.43"),
                       (478, "21.26")]))
    got = lines_of(read(ws))
    assert [sorted((a.group, a.reason, a.amount) for a in ln.adjustments) for ln in got] == [
        [("CO", "253", Decimal("0.31")), ("CO", "45", Decimal("100.76")), ("PR", "1", Decimal("40.00")),
         ("PR", "2", Decimal("3.85"))],
        [("CO", "253", Decimal("0.43")), ("CO", "45", Decimal("47.89")), ("PR", "2", Decimal("5.42"))]]
    assert [ln.paid for ln in got] == [Decimal("15.08"), Decimal("21.26")]


def test_a_descriptions_minutes_run_into_the_charge_after_first():
    """"Cognitive function intervention, first | 15 min $90.00": the minutes are the description's."""
    ws = (row(60, [(20, "DOS"), (70, "Code"), (120, "Description")])
          + right(60, [(360, "Billed"), (410, "Plan paid"), (460, "You owe")])
          + row(72, [(20, "02/18/2026"), (70, "97129 GO"), (120, "Cognitive function intervention, first")])
          + row(72, [(300, "15 min")]) + right(72, [(360, "$90.00"), (410, "$0.00"), (460, "$0.00")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.billed, ln.paid) == ("97129", Decimal("90.00"), Decimal("0.00"))


def test_a_headings_second_line_of_small_words_ending_with_an_abbreviation_is_no_sentence():
    """"service  charged  discount  allowed ... respons." under "Date of  Amount  Plan  Amount ... Patient": the
    heading's second line, though it is lower case and ends with a full stop."""
    ws = (row(94, [(196, "Date of"), (242, "Procedure"), (294, "Qty"), (312, "Amount"), (369, "Plan"), (402, "Amount"),
                   (459, "Not"), (484, "Deduct-"), (527, "Copay"), (568, "Coins-"), (615, "Paid to"), (669, "Patient"),
                   (742, "Remark")])
          + row(102.5, [(196, "service"), (311, "charged"), (355, "discount"), (403, "allowed"), (445, "covered"),
                        (499, "ible"), (566, "urance"), (610, "provider"), (665, "respons.")])
          + row(116, [(196, "01/08/2026"), (242, "97165 GO"), (302, "1"), (742, "P31")])
          + right(116, [(340, "210.00"), (385, "37.80"), (430, "172.20"), (472, "0.00"), (512, "0.00"), (548, "0.00"),
                        (590, "17.22"), (640, "154.98"), (695, "17.22")]))
    (ln,) = lines_of(read(ws, width=792))
    assert (ln.code, ln.billed, ln.discount, ln.allowed, ln.paid, ln.patient_owes) == (
        "97165", Decimal("210.00"), Decimal("37.80"), Decimal("172.20"), Decimal("154.98"), Decimal("17.22"))


def test_a_question_heading_printed_touching_the_next_heading():
    """"Approved?Provider": two headings printed with no space between, the question and the charge's."""
    from eobreader.sources.pdf_layout import TextLine, unglue

    ln = unglue(TextLine(1, 1, tuple(words_at(60, [(250, "Approved?Provider"), (340, "Charged")]))))
    assert [w.text for w in ln.words] == ["Approved?", "Provider", "Charged"]
    assert ln.words[0].x1 <= ln.words[1].x0


def test_a_fixed_width_remits_headings_run_together_with_a_count_among_them():
    """"POS NOS PROC/MODS" one run of capitals: the place of service, the count and the code, not one code
    heading (the rule for "PROC" must not swallow "NOS")."""
    ws = (row(60, [(30, "SERV DATE"), (100, "POS NOS PROC/MODS")])
          + right(60, [(260, "BILLED"), (310, "ALLOWED"), (360, "PROV PD")])
          + row(72, [(30, "010526"), (100, "11"), (117.6, "2"), (135.2, "97110GP")])
          + right(72, [(260, "160.00"), (310, "59.24"), (360, "46.44")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.modifiers, ln.units, ln.billed) == ("97110", ("GP",), Decimal("2"), Decimal("160.00"))


def test_a_panel_of_labels_over_their_values_beside_a_statements_rows():
    """"Statement Date" over "03/02/2026" and "Guarantor No." over "GA-3390017" at the right of a hospital
    statement, level with its heading and rows: a panel, cut off; the heading's second line stacks on its first."""
    ws = (boxes(60, [("Account", 40, 66), ("#", 68, 72), ("HA-100448213", 73, 118), ("Patient:", 170, 192),
                  ("Benedikt", 194, 220), ("Amundsen", 221, 253)], 7.0)
          + boxes(68, [("Insurance:", 40, 71), ("Prairie", 72, 91), ("Mutual", 93, 113), ("Claim", 168, 185), ("#", 187, 190),
                    ("PL26-0070531", 192, 235), ("Guarantor", 458, 490)], 7.0)
          + boxes(80, [("Benedikt", 458, 484), ("Amundsen", 485, 517)], 7.0)
          + boxes(87, [("Service", 36, 56), ("Code", 78, 92), ("Description", 122, 154), ("Qty", 244, 254),
                    ("Charges", 273, 296), ("Insurance", 311, 338), ("Insurance", 359, 386), ("Patient", 421, 440)], 7.0)
          + boxes(95, [("Date", 36, 48), ("Paid", 326, 338), ("Adjustment", 354, 386), ("Balance", 418, 440),
                    ("Statement", 458, 490), ("Date", 491, 506)], 7.0)
          + boxes(107, [("01/05/2026", 36, 65), ("97161-GP", 78, 104), ("PT", 122, 129), ("evaluation", 131, 159), ("1", 251, 254),
                     ("220.00", 278, 296), ("0.00", 327, 338), ("74.80", 372, 386), ("145.20", 422, 440),
                     ("03/02/2026", 458, 491)], 7.0)
          + boxes(116, [("01/05/2026", 36, 65), ("97110-GP", 78, 104), ("Therapeutic", 122, 152), ("2", 251, 254),
                     ("160.00", 278, 296), ("0.00", 327, 338), ("54.40", 372, 386), ("105.60", 422, 440)], 7.0)
          + boxes(124, [("01/05/2026", 36, 65), ("97140-GP", 78, 104), ("Manual", 122, 141), ("1", 251, 254),
                     ("75.00", 282, 296), ("0.27", 327, 338), ("25.50", 372, 386), ("49.23", 426, 440),
                     ("Guarantor", 458, 490), ("No.", 491, 502)], 7.0)
          + boxes(135, [("Account", 122, 145), ("totals", 147, 162), ("455.00", 278, 296), ("0.27", 327, 338),
                     ("154.70", 368, 386), ("300.03", 422, 440), ("GA-3390017", 458, 495)], 7.0)
          + boxes(152, [("Account", 40, 66), ("#", 68, 72), ("HA-100448377", 73, 118), ("Patient:", 170, 192),
                     ("Signe", 194, 211), ("Amundsen", 213, 244), ("Pay", 458, 470), ("online", 471, 491)], 7.0)
          + boxes(164, [("Insurance:", 40, 71), ("Prairie", 72, 91), ("Mutual", 93, 113), ("Claim", 168, 185), ("#", 187, 190),
                     ("PL26-0071046", 192, 235), ("pay.staudra.example", 458, 519)], 7.0)
          + boxes(180, [("Service", 36, 56), ("Code", 78, 92), ("Description", 122, 154), ("Qty", 244, 254),
                     ("Charges", 273, 296), ("Insurance", 311, 338), ("Insurance", 359, 386), ("Patient", 421, 440),
                     ("Billing", 458, 478), ("questions", 480, 511)], 7.0)
          + boxes(189, [("Date", 36, 48), ("Paid", 326, 338), ("Adjustment", 354, 386), ("Balance", 418, 440),
                     ("555-0176", 458, 486)], 7.0)
          + boxes(201, [("01/06/2026", 36, 65), ("97530-GO", 78, 105), ("Therapeutic", 122, 152), ("2", 251, 254),
                     ("190.00", 278, 296), ("0.00", 327, 338), ("64.60", 372, 386), ("125.40", 422, 440)], 7.0)
          + boxes(210, [("01/06/2026", 36, 65), ("97535-GO", 78, 105), ("Self-care", 122, 161), ("1", 251, 254),
                     ("82.00", 282, 296), ("26.57", 324, 338), ("27.88", 372, 386), ("27.55", 426, 440)], 7.0))
    got = lines_of(read(ws))
    assert [(ln.code, ln.billed, ln.paid, ln.patient_owes) for ln in got] == [
        ("97161", Decimal("220.00"), Decimal("0.00"), Decimal("145.20")),
        ("97110", Decimal("160.00"), Decimal("0.00"), Decimal("105.60")),
        ("97140", Decimal("75.00"), Decimal("0.27"), Decimal("49.23")),
        ("97530", Decimal("190.00"), Decimal("0.00"), Decimal("125.40")),
        ("97535", Decimal("82.00"), Decimal("26.57"), Decimal("27.55"))]


def test_counts_inside_and_before_the_codes_brackets():
    """"(99214 x1)": a count, not the modifier X1 (which stays a modifier in capitals); "3 services (97110 GP)"
    before the bracket is the count too."""
    from eobreader.values import code_and_modifiers_in_text, units_in_brackets

    assert code_and_modifiers_in_text("Office visit (99214 x1)") == ("99214", ())
    assert units_in_brackets("OT evaluation (97167-GO x2)") == Decimal("2")
    assert code_and_modifiers_in_text("Therapy (97110 X1)") == ("97110", ("X1",))
    ws = (row(60, [(40, "Service Provided & Billing Code")])
          + right(60, [(360, "Amount Charged"), (430, "Medicare Paid"), (510, "You May Be Billed")])
          + row(72, [(40, "Therapeutic exercises, 3 services (97110 GP)")])
          + right(72, [(360, "$240.00"), (430, "$69.67"), (510, "$17.77")])
          + row(84, [(40, "Office visit (99214 x1)")]) + right(84, [(360, "$235.00"), (430, "$97.70"), (510, "$24.92")]))
    assert [(ln.code, ln.modifiers, ln.units) for ln in lines_of(read(ws))] == [
        ("97110", ("GP",), Decimal("3")), ("99214", (), Decimal("1"))]


def test_a_codes_modifier_printed_under_the_descriptions_heading():
    """"97162 | GP PT evaluation": the code's one modifier opens the description's cell."""
    ws = (row(60, [(46, "Service date"), (118, "Code"), (158, "Description")])
          + right(60, [(380, "Charge"), (440, "Plan paid"), (500, "Your share")])
          + row(72, [(46, "01/06/2026"), (118, "97162"), (158, "GP PT evaluation, moderate")])
          + right(72, [(380, "$240.00"), (440, "$143.00"), (500, "$25.00")])
          + row(84, [(46, "01/06/2026"), (118, "97110"), (158, "GP Therapeutic exercises")])
          + right(84, [(380, "$160.00"), (440, "$112.00"), (500, "$0.00")]))
    assert [(ln.code, ln.modifiers) for ln in lines_of(read(ws))] == [("97162", ("GP",)), ("97110", ("GP",))]


def test_a_towns_zip_after_its_state_is_no_procedure_code():
    """"Harrisburg PA 17104" beside a summary's totals is an address, never a service row."""
    ws = (row(40, [(40, "Gwendolyn Oyelaran")])
          + row(52, [(40, "75 Cobblestone Way")]) + right(52, [(330, "Total charged"), (400, "Plan's share"),
                                                               (460, "Your share")])
          + row(64, [(40, "Harrisburg PA 17104")]) + right(64, [(330, "$1,601.00"), (400, "$954.20"), (460, "$100.00")])
          + row(90, [(46, "Service date"), (118, "Code")])
          + right(90, [(380, "Charge"), (440, "Plan paid"), (500, "Your share")])
          + row(102, [(46, "01/06/2026"), (118, "97110")]) + right(102, [(380, "$160.00"), (440, "$112.00"), (500, "$0.00")]))
    assert [ln.code for ln in lines_of(read(ws))] == ["97110"]


def test_a_notices_two_heading_lines_read_so_no_heading_sits_over_another():
    """"Amount Provider" over "Charged" and "Medicare-Approved" over "Amount": on a tie between readings, the one
    whose headings do not sit one over another ("Provider Charged", "Medicare-Approved Amount"), so the
    modifiers in the code's bracket stay in the service's column."""

    ws = (boxes(60, [("Service", 44, 72), ("Provided", 74, 108), ("&", 110, 116), ("Billing", 119, 144), ("Code", 147, 166),
                  ("Amount", 265, 295), ("ProviderMedicare-Approved", 298, 402), ("Amount", 430, 460),
                  ("Maximum", 469, 507), ("You", 510, 524), ("See", 534, 548)], 7.0)
          + boxes(68, [("Charged", 298, 330), ("Amount", 372, 402), ("Medicare", 405, 441), ("Paid", 443, 460),
                    ("May", 471, 487), ("Be", 489, 499), ("Billed", 501, 524), ("Notes", 534, 556)], 7.0)
          + boxes(80, [("PT", 44, 54), ("evaluation,", 56, 97), ("1", 163, 167), ("service", 170, 196), ("(97163", 198, 224),
                    ("GP)", 227, 240), ("$265.00", 300, 330), ("$101.12", 372, 402), ("$4.02", 439, 460),
                    ("$97.02", 498, 524), ("A", 534, 539)], 7.0)
          + boxes(90, [("Electrical", 44, 80), ("stimulation,", 82, 125), ("1", 163, 167), ("service", 170, 196),
                    ("(G0283", 198, 226), ("GP)", 229, 242), ("$35.00", 304, 330), ("$10.37", 376, 402),
                    ("$8.13", 439, 460), ("$2.07", 502, 524), ("A", 534, 539)], 7.0)
          + boxes(100, [("Therapeutic", 44, 88), ("exercises,", 90, 128), ("2", 131, 135), ("services", 138, 168),
                     ("(97110", 171, 197), ("GP", 200, 212), ("KX)", 266, 282), ("$160.00", 300, 330), ("$59.24", 376, 402),
                     ("$46.44", 434, 460), ("$11.85", 498, 524), ("A", 534, 539)], 7.0))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.units, ln.billed, ln.allowed, ln.paid) for ln in got] == [
        ("97163", ("GP",), Decimal("1"), Decimal("265.00"), Decimal("101.12"), Decimal("4.02")),
        ("G0283", ("GP",), Decimal("1"), Decimal("35.00"), Decimal("10.37"), Decimal("8.13")),
        ("97110", ("GP", "KX"), Decimal("2"), Decimal("160.00"), Decimal("59.24"), Decimal("46.44"))]


def test_a_remits_patient_account_heading_in_capitals():
    """"PAT ACCT" in a run of capital headings is the provider's account number, not the patient and a number."""
    from eobreader.vocab import Field, match_header

    assert match_header("PAT ACCT") is Field.CLAIM_ID


    ws = (boxes(60, [("RECIPIENT", 28, 62), ("NAME", 66, 81), ("RECIP", 108, 127), ("ID", 130, 138), ("CCN", 149, 161),
                  ("PAT", 202, 214), ("ACCT", 218, 233), ("SVC", 237, 248), ("DATE", 252, 267), ("PROC", 271, 286),
                  ("MD", 290, 297), ("QTY", 305, 316), ("BILLED", 328, 350), ("PAID", 369, 385), ("ADJ", 388, 400)], 7.0)
          + boxes(72, [("MORALES-BEK,", 28, 74), ("ANIKA", 77, 96), ("93318847F", 108, 142), ("260214038201", 149, 195),
                    ("EP4471", 202, 225), ("02/02/26", 237, 267), ("97530", 271, 290), ("GO", 293, 301), ("3", 312, 316),
                    ("285.00", 328, 350), ("110.55", 362, 385), ("CO45", 388, 403), ("174.45", 407, 430)], 7.0))
    got = claims_of(read(ws))
    assert [(c.claim_id, c.payer_claim_id, [ln.code for ln in c.lines]) for c in got] == [
        ("EP4471", "260214038201", ["97530"])]


def test_a_service_heading_naming_its_code_and_units_on_the_line_under():
    """"Service provided / code and units" over the service's words, with "97166 GO x1" printed under each row:
    the description's column (never a count's), the code, modifiers and count from the line under."""
    ws = (row(60, [(36, "Service"), (96, "Service provided /")])
          + right(60, [(318, "Amount"), (404, "Plan"), (552, "Plan"), (586, "You")])
          + row(68, [(36, "date"), (96, "code and units")])
          + right(68, [(318, "billed"), (404, "allowed"), (552, "paid"), (586, "owe")])
          + row(80, [(36, "01/06/26"), (96, "OT evaluation, moderate complexity")])
          + right(80, [(318, "240.00"), (404, "187.20"), (552, "157.44"), (586, "29.76")])
          + row(89, [(104, "97166 GO x1")])
          + row(100, [(36, "01/06/26"), (96, "Therapeutic activities")])
          + right(100, [(318, "190.00"), (404, "148.20"), (552, "118.56"), (586, "29.64")])
          + row(109, [(104, "97530 GO x2")]))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.units, ln.billed, ln.paid) for ln in got] == [
        ("97166", ("GO",), Decimal("1"), Decimal("240.00"), Decimal("157.44")),
        ("97530", ("GO",), Decimal("2"), Decimal("190.00"), Decimal("118.56"))]


def test_a_heading_drawn_across_the_middle_of_another():
    """"Rsn" printed over "Not Covered" (the words "NoRts Cnovered" in x order): "Not Covered" is one heading,
    "Rsn" another, and "Covered" further on is the allowed amount."""
    from eobreader.sources.pdf_layout import TextLine, find_header

    heading = boxes(60, (
        ("Proc", 100, 115), ("Charges", 206, 232), ("Not", 277, 288), ("Rsn", 282, 294), ("Covered", 290, 316),
        ("PPO", 329, 344), ("Savings", 346, 370), ("Covered", 402, 428), ("Paid", 628, 645)), 7.0)
    hdr = find_header([TextLine(1, 1, tuple(heading))], 0)
    assert hdr is not None
    assert [(c.field.value if c.field else None, c.label) for c in hdr.columns] == [
        ("code", "Proc"), ("billed", "Charges"), ("not_covered", "Not Covered"), ("adjustment_code", "Rsn"),
        ("discount", "PPO Savings"), ("allowed", "Covered"), ("paid", "Paid")]


def test_a_claims_date_closing_its_heading_after_a_dash():
    """"Seabrook Outpatient Rehabilitation - January 6, 2026" over "Claim number: ...": the date of the services
    in the table below (which has no date column); a period's end ("01/01/2026 - 01/31/2026") is never one."""
    ws = (row(40, [(20, "Prepared for: Renata Blair Period: 01/01/2026 - 01/31/2026")])
          + row(60, [(20, "Seabrook Outpatient Rehabilitation - January 6, 2026")])
          + row(72, [(20, "Claim number: H260604471 Provider's patient account: SOR-339021")])
          + row(86, [(20, "Service you received (billing code)")])
          + right(86, [(330, "Amount charged"), (400, "Plan paid"), (470, "Your share")])
          + row(98, [(20, "Therapeutic exercises (97110)")]) + right(98, [(330, "$160.00"), (400, "$73.60"), (470, "$0.00")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date)) for ln in got] == [("97110", "2026-01-06")]


def test_a_sections_banner_under_a_heading_is_not_stacked_on_it():
    """"*** CLAIMS PAID ***" under a two-line heading is the section's banner, never a third heading line."""
    ws = (row(60, [(30, "LN"), (49, "FROM"), (92, "TO"), (136, "PROC"), (164, "UNITS")])
          + right(60, [(284, "BILLED"), (337, "ALLOWED"), (476, "PAID")])
          + row(70, [(49, "DATE"), (92, "DATE")]) + right(70, [(284, "AMOUNT"), (337, "AMOUNT"), (476, "AMOUNT")])
          + row(84, [(30, "*** CLAIMS PAID ***")])
          + row(100, [(30, "01"), (49, "01/05/26"), (92, "01/05/26"), (136, "97165 GO"), (170, "1")])
          + right(100, [(284, "210.00"), (337, "98.20"), (476, "98.20")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date), ln.billed, ln.paid) for ln in got] == [
        ("97165", "2026-01-05", Decimal("210.00"), Decimal("98.20"))]


def test_a_date_alone_under_the_dates_heading_dates_the_rows_under_it():
    """A notice prints "01/12/26" on a line of its own under "Dates of Service", then that day's services
    with no date: each takes the date above it."""
    ws = (row(60, [(44, "Dates of Service")]) + right(60, [(330, "Amount"), (400, "Medicare"), (470, "You May")])
          + row(68, [(44, "Services Provided")]) + right(68, [(330, "Charged"), (400, "Paid"), (470, "Be Billed")])
          + row(72 + 4, [(46, "01/12/26")])
          + row(82, [(52, "PT evaluation (97161 GP)")]) + right(82, [(330, "$220.00"), (400, "$29.11"), (470, "$71.42")])
          + row(92, [(52, "Therapeutic exercises (97110 GP)")])
          + right(92, [(330, "$160.00"), (400, "$46.44"), (470, "$11.85")])
          + row(102, [(46, "01/16/26")])
          + row(112, [(52, "Manual therapy (97140 GP)")]) + right(112, [(330, "$75.00"), (400, "$21.26"), (470, "$5.42")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date)) for ln in got] == [
        ("97161", "2026-01-12"), ("97110", "2026-01-12"), ("97140", "2026-01-16")]


def test_modifiers_glued_together_after_the_code():
    """"97161 GPKX" on a paper remit: two modifiers printed as one word, each a modifier the trade uses."""
    ws = (row(60, [(20, "SERV DATE"), (152, "PROC"), (177, "MODS")])
          + right(60, [(252, "BILLED"), (293, "ALLOWED"), (500, "PROV PD")])
          + row(72, [(20, "010526"), (152, "97161 GPKX")]) + right(72, [(252, "220.00"), (293, "101.12"), (500, "47.92")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.modifiers) == ("97161", ("GP", "KX"))


def test_dates_printed_as_month_and_day_with_the_year_in_a_column_of_its_own():
    """"FROM THRU YR" over "0112 0112 26": the dates of service; four-digit revenue codes elsewhere never are."""
    ws = (row(60, [(36, "FROM"), (72, "THRU"), (108, "YR"), (130, "POS"), (162, "NOS"), (184, "PROC"),
                   (490, "ADJ RC-AMT")])
          + right(60, [(324, "BILLED"), (380, "ALLOWED"), (720, "PAID")])
          + row(72, [(36, "0112"), (72, "0112"), (108, "26"), (130, "11"), (166, "2"), (184, "97110 GP"),
                     (490, "CO45 100.76")])
          + right(72, [(324, "160.00"), (380, "59.24"), (720, "59.24")]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, str(ln.service_date), str(ln.service_end), ln.units, ln.billed, ln.paid) == (
        "97110", "2026-01-12", "2026-01-12", Decimal("2"), Decimal("160.00"), Decimal("59.24"))
    assert [(a.group, a.reason, a.amount) for a in ln.adjustments] == [("CO", "45", Decimal("100.76"))]


def test_a_date_of_service_line_over_a_hospital_statements_undated_rows():
    """"Date of service 01/08/2026" on a line of its own over rows with no date column: their date."""
    ws = (row(60, [(20, "Rev code"), (60, "CPT/HCPCS"), (110, "Mod"), (140, "Description"), (300, "Qty")])
          + right(60, [(400, "Charges")])
          + row(72, [(20, "Date of service 01/08/2026")])
          + row(84, [(20, "0444"), (60, "92610"), (110, "GN"), (140, "Swallow function evaluation"), (304, "1")])
          + right(84, [(400, "240.00")])
          + row(96, [(20, "Date of service 01/15/2026")])
          + row(108, [(20, "0444"), (60, "92526"), (110, "GN"), (140, "Feeding treatment"), (304, "1")])
          + right(108, [(400, "150.00")]))
    got = lines_of(read(ws))
    assert [(ln.code, str(ln.service_date), ln.billed) for ln in got] == [
        ("92610", "2026-01-08", Decimal("240.00")), ("92526", "2026-01-15", Decimal("150.00"))]
