"""General mechanisms of the PDF reader added in the eighth session, each on synthetic word lists placed
where a real page's text layer put them (or, for the text layer itself, on a small PDF made here)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pdfwords import boxes, claims_of, lines_of, read, read_saved, text_at

from eobreader.sources.pdf import parse_labels
from eobreader.sources.pdf_layout import group_lines
from eobreader.vocab import Field, match_header


def _line(text: str):
    """One text line of words one space apart, as a heading's or a claim's line prints them."""
    (ln,) = group_lines(text_at(80, 36.0, text))
    return ln


def _labels(text: str):
    """The claim-heading fields of one such line."""
    return parse_labels(_line(text))


def test_a_heading_row_whose_second_line_has_lower_case_heading_ends_is_no_sentence():
    """"Covered  Benefit  Member" over "Svc date ... charges ... paid owes Expl.": the lower-case words are the
    ends of headings, not the small words of prose, so the row is a heading and the services are read."""
    ws = (boxes(113.2, [("Covered", 463.2, 492.0), ("Benefit", 654.7, 680.0), ("Member", 695.5, 724.0)])
          + boxes(120.2, [("Svc", 28.0, 40.2), ("date", 42.3, 58.1), ("Proc", 70.0, 85.5), ("Modifiers", 104.0, 136.8),
                          ("Units", 143.8, 162.0), ("Description", 170.0, 210.1), ("Charges", 363.5, 392.0),
                          ("Ineligible", 409.5, 442.0), ("charges", 464.3, 492.0), ("Deductible", 504.3, 542.0),
                          ("Copay", 560.5, 582.0), ("Coinsurance", 591.0, 634.0), ("paid", 664.8, 680.0),
                          ("owes", 706.1, 724.0), ("Expl.", 734.0, 751.2)])
          + boxes(131.9, [("01/06/26", 28.0, 57.6), ("97161", 70.0, 91.0), ("GP", 104.0, 113.1), ("1", 157.8, 162.0),
                          ("PT", 170.0, 178.0), ("evaluation,", 180.1, 216.9), ("low", 219.0, 230.3),
                          ("complexity", 232.4, 268.8), ("220.00", 368.9, 392.0), ("33.00", 423.1, 442.0),
                          ("187.00", 468.9, 492.0), ("187.00", 518.9, 542.0), ("0.00", 567.3, 582.0),
                          ("0.00", 619.3, 634.0), ("0.00", 665.3, 680.0), ("187.00", 700.9, 724.0), ("D,K", 734.0, 745.6)])
          + boxes(141.9, [("01/06/26", 28.0, 57.6), ("97110", 70.0, 91.0), ("GP", 104.0, 113.1), ("2", 157.8, 162.0),
                          ("Therapeutic", 170.0, 209.5), ("exercises", 211.6, 242.8), ("160.00", 368.9, 392.0),
                          ("24.00", 423.1, 442.0), ("136.00", 468.9, 492.0), ("63.00", 523.1, 542.0),
                          ("0.00", 567.3, 582.0), ("7.30", 619.3, 634.0), ("65.70", 661.1, 680.0),
                          ("70.30", 705.1, 724.0), ("D,K", 734.0, 745.6)]))
    first, second = lines_of(read(ws))
    assert (first.code, first.units, first.billed, first.allowed, first.paid, first.patient_owes, first.remarks) == (
        "97161", Decimal("1"), Decimal("220.00"), Decimal("187.00"), Decimal("0.00"), Decimal("187.00"), ("D", "K"))
    assert (second.code, second.deductible, second.coinsurance, second.paid) == (
        "97110", Decimal("63.00"), Decimal("7.30"), Decimal("65.70"))


def test_a_count_after_a_label_is_never_a_persons_name():
    """"Covered family members on this statement: 4" counts people; it names no patient."""
    (ln,) = group_lines(boxes(80, [("Subscriber", 36, 75), ("ID:", 77, 88), ("PKB-310-448-27", 90, 150),
                                   ("Covered", 200, 230), ("family", 232, 255), ("members", 257, 290), ("on", 292, 300),
                                   ("this", 302, 316), ("statement:", 318, 356), ("4", 358, 362)]))
    got = parse_labels(ln)
    assert got.get(Field.MEMBER_ID) == "PKB-310-448-27"
    assert Field.PATIENT not in got


def test_the_amount_half_of_grp_rc_amt_printed_apart_is_the_adjustments_amount():
    """"GRP/RC  -AMT": the dash-led heading over the amounts right of the group and reason codes is their amount,
    so "CO-45 100.76" keeps its amount."""
    ws = (boxes(72.8, [("PERF", 22.0, 39.8), ("PROV", 44.2, 62.0), ("SERV", 75.3, 93.0), ("DATE", 97.5, 115.2),
                       ("POS", 133.0, 146.3), ("NOS", 150.8, 164.1), ("PROC", 173.0, 190.7), ("MODS", 199.6, 217.4),
                       ("BILLED", 239.6, 266.2), ("ALLOWED", 275.1, 306.2), ("DEDUCT", 315.0, 341.7),
                       ("COINS", 355.0, 377.2), ("GRP/RC", 386.1, 412.7), ("-AMT", 434.9, 452.7), ("PROV", 466.0, 483.8),
                       ("PD", 488.2, 497.1)])
          + boxes(105.8, [("1770412256", 22.0, 66.4), ("0105", 75.3, 93.0), ("010526", 97.5, 124.1), ("11", 133.0, 141.9),
                          ("2", 155.2, 159.6), ("97110", 168.5, 190.7), ("GP", 195.2, 204.0), ("160.00", 235.1, 261.8),
                          ("59.24", 279.5, 301.7), ("59.24", 315.0, 337.2), ("0.00", 355.0, 372.8),
                          ("CO-45", 381.6, 403.8), ("100.76", 421.6, 448.2), ("0.00", 474.9, 492.6)])
          + boxes(114.8, [("PR-1", 381.6, 399.4), ("59.24", 426.0, 448.2)]))
    (ln,) = lines_of(read(ws))
    assert [(a.group, a.reason, a.amount) for a in ln.adjustments] == [
        ("CO", "45", Decimal("100.76")), ("PR", "1", Decimal("59.24"))]
    assert ln.paid == Decimal("0.00")


def test_a_posted_flag_is_no_date_and_no_remark():
    """"Posted" over "Y" on every row says the line was posted: the flag is neither a date nor a remark of
    the "RARC" column beside it."""
    ws = (boxes(60.9, [("Patient", 22.0, 41.1), ("Name", 42.7, 58.4), ("Acct", 100.0, 112.4), ("#", 114.0, 117.2),
                       ("Payer", 138.0, 153.6), ("Claim", 155.2, 170.9), ("#", 172.5, 175.7), ("DOS", 202.0, 214.4),
                       ("CPT/HCPCS", 246.0, 279.2), ("Mods", 290.0, 305.0), ("Units", 327.6, 342.0),
                       ("Billed", 374.4, 390.0), ("Allowed", 416.0, 438.0), ("Deduct", 458.5, 478.0),
                       ("Copay", 498.5, 516.0), ("Coins", 540.0, 556.0), ("Adj", 560.0, 569.2), ("Code", 570.8, 585.2),
                       ("Adj", 618.0, 627.2), ("Amt", 628.8, 640.0), ("Paid", 675.9, 688.0), ("Pt", 708.6, 714.4),
                       ("Resp", 716.0, 730.0), ("RARC", 734.0, 750.6), ("Posted", 770.0, 789.1)])
          + boxes(73.1, [("Greer,", 22.0, 38.3), ("Abigail", 39.9, 57.1), ("100482", 100.0, 119.2),
                         ("W26E01190442", 138.0, 179.2), ("01/05/26", 202.0, 224.3), ("97163", 246.0, 262.0),
                         ("GP", 290.0, 298.3), ("1", 338.8, 342.0), ("265.00", 372.4, 390.0), ("196.10", 420.4, 438.0),
                         ("40.00", 463.6, 478.0), ("0.00", 504.8, 516.0), ("31.22", 541.6, 556.0), ("CO45", 560.0, 575.0),
                         ("68.90", 625.6, 640.0), ("124.88", 670.4, 688.0), ("71.22", 715.6, 730.0), ("Y", 770.0, 773.8)])
          + boxes(82.1, [("PR1", 560.0, 571.2), ("40.00", 625.6, 640.0)])
          + boxes(102.1, [("Greer,", 22.0, 38.3), ("Abigail", 39.9, 57.1), ("100482", 100.0, 119.2),
                          ("W26E01190442", 138.0, 179.2), ("01/05/26", 202.0, 224.3), ("97110", 246.0, 262.0),
                          ("GP", 290.0, 298.3), ("2", 338.8, 342.0), ("160.00", 372.4, 390.0), ("118.40", 420.4, 438.0),
                          ("0.00", 466.8, 478.0), ("25.00", 501.6, 516.0), ("0.00", 544.8, 556.0), ("CO45", 560.0, 575.0),
                          ("41.60", 625.6, 640.0), ("93.40", 673.6, 688.0), ("25.00", 715.6, 730.0), ("Y", 770.0, 773.8)]))
    first, second = lines_of(read(ws))
    assert first.remarks == () and second.remarks == ()
    assert (first.paid, first.patient_owes, second.copay) == (Decimal("124.88"), Decimal("71.22"), Decimal("25.00"))


def test_a_hyphen_ending_a_printed_line_stays_in_the_word(tmp_path):
    """pdfium marks a hyphen that ends a line of text ("Medicare-Appro-" over "ved Amount") with a code of its
    own; it is printed on the page, and it is what tells a word broken over two lines."""
    from reportlab.pdfgen import canvas

    from eobreader.sources.pdf_words import PdfiumSource

    path = tmp_path / "hyphen.pdf"
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 8)
    c.drawString(365, 600, "Medicare-Appro-")
    c.drawString(381, 591, "ved Amount")
    c.save()
    (page,) = list(PdfiumSource().pages(path))
    assert [w.text for w in page.words] == ["Medicare-Appro-", "ved", "Amount"]


def test_a_three_line_heading_with_the_first_columns_heading_level_with_its_middle_line():
    """"Service Provided & Billing Code" alone on the middle line of a three-line heading row, in the gap the
    other headings leave: one heading row, so "Medicare-Appro-" / "ved Amount" is the approved amount and the
    count opening each row is the units."""
    ws = (boxes(168.5, [("Service", 256.7, 283.3), ("Amount", 294.2, 322.5), ("Provider", 324.5, 354.9),
                        ("Medicare-Appro-", 365.4, 425.0), ("Amount", 440.0, 468.3), ("Medi-", 470.4, 490.0),
                        ("Maximum", 497.2, 531.7), ("You", 533.8, 548.0), ("See", 556.0, 569.3)], 7.5)
          + boxes(173.5, [("Service", 40.0, 66.7), ("Provided", 68.7, 100.8), ("&", 102.9, 108.3),
                          ("Billing", 110.4, 133.2), ("Code", 135.3, 154.1)], 7.5)
          + boxes(177.5, [("Approved?", 250.2, 289.8), ("Charged", 324.6, 355.0), ("ved", 381.7, 394.6),
                          ("Amount", 396.7, 425.0), ("care", 456.6, 472.1), ("Paid", 474.2, 490.0),
                          ("May", 499.2, 513.8), ("Be", 515.9, 525.5), ("Billed", 527.6, 548.0),
                          ("Notes", 556.0, 576.8)], 7.5)
          + boxes(198.5, [("1", 40.0, 44.2), ("PT", 46.2, 55.8), ("evaluation,", 57.9, 94.1), ("high", 96.2, 110.4),
                          ("complexity", 112.5, 147.9), ("(97163-GP)", 150.0, 189.1), ("Yes", 263.5, 276.5),
                          ("$265.00", 327.9, 355.0), ("$101.12", 397.9, 425.0), ("$29.11", 467.1, 490.0),
                          ("$71.42", 525.1, 548.0), ("A,", 556.0, 563.1), ("B", 565.2, 570.1)], 7.5)
          + boxes(211.5, [("2", 40.0, 44.2), ("Therapeutic", 46.2, 85.8), ("exercises", 87.9, 119.6),
                          ("(97110-GP)", 121.7, 160.8), ("Yes", 263.5, 276.5), ("$160.00", 327.9, 355.0),
                          ("$59.24", 402.1, 425.0), ("$46.44", 467.1, 490.0), ("$11.85", 525.1, 548.0),
                          ("A", 556.0, 561.0)], 7.5))
    first, second = lines_of(read(ws))
    assert (first.code, first.units, first.billed, first.allowed, first.paid, first.patient_owes) == (
        "97163", Decimal("1"), Decimal("265.00"), Decimal("101.12"), Decimal("29.11"), Decimal("71.42"))
    assert (second.code, second.units, second.allowed) == ("97110", Decimal("2"), Decimal("59.24"))


def test_a_continued_claim_heading_opening_with_its_date_dates_its_services():
    """"January 20, 2026 Lakeview Hand & Upper Limb Therapy claim 26-021-... (continued)" on the next page: the
    claim goes on, and the rows under it are of that date."""
    ws = (boxes(89.8, [("January", 56.0, 88.0), ("20,", 90.2, 101.5), ("2026", 103.7, 121.7), ("Lakeview", 126.2, 163.2),
                       ("Hand", 165.5, 187.0), ("&", 189.2, 196.7), ("Upper", 199.0, 223.4), ("Limb", 225.7, 246.7),
                       ("Therapy", 248.9, 281.9), ("claim", 286.4, 307.4), ("26-021-0904-6735-00", 309.6, 389.1),
                       ("(continued)", 391.4, 435.3)])
          + boxes(103.1, [("Service", 56.0, 77.7), ("Provided", 79.5, 106.7), ("&", 108.4, 114.3),
                          ("Billing", 116.0, 135.8), ("Code", 137.6, 153.1), ("Service", 307.1, 328.9),
                          ("Amount", 351.5, 376.0), ("Medicare-", 399.3, 430.0), ("Amount", 455.5, 480.0),
                          ("Maximum", 488.7, 519.8), ("You", 521.5, 534.0), ("See", 542.0, 552.1)])
          + boxes(111.1, [("Approved?", 301.3, 334.7), ("Provider", 349.6, 376.0), ("Approved", 400.1, 430.0),
                          ("Medicare", 451.6, 480.0), ("May", 510.9, 524.5), ("Be", 526.2, 534.0), ("Notes", 542.0, 558.7)])
          + boxes(119.1, [("Charged", 349.9, 376.0), ("Amount", 405.5, 430.0), ("Paid", 466.4, 480.0),
                          ("Billed", 516.5, 534.0), ("Below", 542.0, 560.3)])
          + boxes(134.2, [("Re-evaluation", 56.0, 100.8), ("of", 102.8, 109.5), ("occupational", 111.5, 152.3),
                          ("therapy", 154.3, 178.3), ("plan", 180.3, 194.0), ("of", 196.0, 202.7), ("care", 204.7, 218.0),
                          ("(97168-GO)", 220.0, 259.5), ("Yes", 311.8, 324.2), ("$130.00", 350.0, 376.0),
                          ("$66.75", 408.0, 430.0), ("$53.40", 458.0, 480.0), ("$13.35", 512.0, 534.0),
                          ("A", 542.0, 547.8)]))
    res = read(ws)
    (claim,) = claims_of(res)
    assert claim.payer_claim_id == "26-021-0904-6735-00"
    (ln,) = lines_of(res)
    assert (ln.code, ln.service_date, ln.billed, ln.allowed) == (
        "97168", date(2026, 1, 20), Decimal("130.00"), Decimal("66.75"))


def _drifting_remit():
    """A monospace Medicaid remit whose dates are two characters wider than "FROM-DOS" and "THRU-DOS": every
    value after them ends under the next heading."""
    head = boxes(72.8, [("LN", 30.0, 38.6), ("FROM-DOS", 47.3, 81.8), ("THRU-DOS", 90.5, 125.0), ("PROC", 133.7, 151.0),
                        ("M1", 163.9, 172.6), ("M2", 176.9, 185.5), ("M3", 189.8, 198.5), ("UNITS", 207.1, 228.7),
                        ("BILLED-AMT", 246.0, 289.2), ("ALLOWED-AMT", 302.2, 349.7), ("TPL-AMT", 358.3, 388.6),
                        ("CO-PAY", 397.2, 423.1), ("PAID-AMT", 440.4, 475.0), ("ADJ-GRP/RSN", 483.6, 531.1),
                        ("ADJ-AMT", 539.8, 570.0), ("RA-EOB", 583.0, 608.9)])
    claim = boxes(106.2, [("RECIPIENT:", 30.0, 73.2), ("BRIGHTWELL,", 77.5, 125.0), ("JUNIPER", 129.4, 159.6),
                          ("RECIP", 185.5, 207.1), ("ID:", 211.4, 224.4), ("WM80044172", 228.7, 271.9), ("PCN:", 284.9, 302.2),
                          ("HCT1182", 306.5, 336.7), ("TCN:", 354.0, 371.3), ("2026037001402", 375.6, 431.8)])
    rows = []
    for k, (d, code, units, billed, allowed, adj) in enumerate((
            ("01/05/2026", "97165", "1.00", "210.00", "98.20", "111.80"),
            ("01/07/2026", "97530", "4.00", "380.00", "147.40", "232.60"),
            ("01/12/2026", "97530", "4.00", "380.00", "147.40", "232.60"))):
        y = 116.8 + 10 * k
        rows += boxes(y, [(str(k + 1), 34.3, 38.6), (d, 47.3, 90.5), (d, 99.1, 142.3), (code, 151.0, 172.6),
                          ("GO", 181.2, 189.8), ("U5", 194.2, 202.8), (units, 228.7, 246.0),
                          (billed, 280.6, 306.5), (allowed, 367.0 - 4.32 * len(allowed), 367.0), ("0.00", 388.6, 405.8),
                          ("0.00", 423.1, 440.4), (allowed, 492.2 - 4.32 * len(allowed), 492.2), ("CO/45", 500.9, 522.5),
                          (adj, 565.7, 591.6), ("0310", 604.6, 621.8)])
    return head + claim + rows


def test_values_drifting_a_column_right_of_their_monospace_headings_are_read_under_their_own():
    """Read as printed, "1.00" sits between "UNITS" and "BILLED-AMT" and every amount after it half under the next
    heading, leaving "UNITS" empty on every row; the value columns are matched to the headings in order."""
    first, second, third = lines_of(read(_drifting_remit()))
    assert (first.code, first.modifiers, first.units, first.billed, first.allowed, first.paid) == (
        "97165", ("GO", "U5"), Decimal("1.00"), Decimal("210.00"), Decimal("98.20"), Decimal("98.20"))
    assert [(a.group, a.reason, a.amount) for a in first.adjustments] == [("CO", "45", Decimal("111.80"))]
    assert first.remarks == ("0310",)
    assert (second.units, second.billed, second.allowed, second.paid) == (
        Decimal("4.00"), Decimal("380.00"), Decimal("147.40"), Decimal("147.40"))
    assert third.service_date == date(2026, 1, 12)


def test_a_remittance_advices_eob_code_column():
    """"RA-EOB": a Medicaid remittance advice's explanation codes."""
    assert match_header("RA-EOB") is Field.REMARKS
    assert match_header("RA EOB") is Field.REMARKS


def test_rows_dated_in_words_beside_a_left_sidebar_are_service_rows():
    """A hospital statement's rows open with "Jan 5, 2026" and carry one charge; a sidebar on their left ("Guarantor
    no. 5503318", "Statement date" / "February 4, 2026", "Please pay") shares their lines. The rows are service
    rows, so the sidebar is cut off them and its date never dates a service."""
    ws = (boxes(39.3, [("Your", 170.0, 197.3), ("Statement", 200.6, 258.6), ("-", 261.9, 265.9),
                       ("Summary", 269.3, 323.9), ("of", 327.2, 338.6), ("Hospital", 341.9, 389.2),
                       ("Accounts", 392.5, 447.1)], 12)
          + boxes(41.3, [("ST.", 36.0, 54.6), ("BRIGID", 58.0, 99.9)], 12)
          + boxes(54.2, [("Outpatient", 170.0, 206.9), ("rehabilitation", 209.1, 254.4), ("services,", 256.6, 288.2),
                         ("Lakeside", 290.4, 322.4), ("campus", 324.6, 352.7)], 8)
          + boxes(54.3, [("REGIONAL", 36.0, 99.3), ("HEALTH", 102.6, 151.2)], 12)
          + boxes(74.9, [("Patient", 36.0, 57.8), ("Financial", 59.7, 87.7), ("Services", 89.6, 116.5)], 7)
          + boxes(77.8, [("Patient:", 176.0, 207.1), ("Noor", 209.5, 229.3), ("Odhiambo-Reyes", 231.7, 301.5),
                         ("Account", 483.5, 517.5), ("HB40028817", 519.9, 570.0)], 8.5)
          + boxes(84.9, [("1-888-555-0107", 36.0, 85.8)], 7)
          + boxes(89.5, [("Insurance:", 176.0, 211.0), ("Harborline", 213.1, 247.7), ("Health", 249.7, 271.4),
                         ("PPO", 273.5, 289.3), ("Insurance", 460.3, 493.3), ("claim", 495.3, 512.8),
                         ("no.", 514.9, 525.3), ("26A1190553", 527.4, 569.9)], 7.5)
          + boxes(104.9, [("Guarantor", 36.0, 69.8)], 7)
          + boxes(108.5, [("Service", 170.0, 196.7), ("date", 198.7, 214.2), ("Rev", 222.0, 235.8),
                          ("CPT/HCPCS", 250.0, 293.3), ("Description", 302.0, 343.2), ("Qty", 487.5, 500.0),
                          ("Charges", 546.0, 576.0)], 7.5)
          + boxes(114.9, [("Caspian", 36.0, 61.7), ("Odhiambo-Reyes", 63.6, 118.1)], 7)
          + boxes(121.5, [("Jan", 170.0, 182.1), ("5,", 184.2, 190.4), ("2026", 192.5, 209.2), ("0430", 222.0, 238.7),
                          ("97165", 250.0, 270.9), ("GO", 272.9, 284.6), ("OT", 302.0, 312.4),
                          ("evaluation,", 314.5, 350.7), ("low", 352.8, 364.1), ("complexity", 366.1, 401.6),
                          ("1", 495.8, 500.0), ("$210.00", 548.9, 576.0)], 7.5)
          + boxes(124.9, [("Guarantor", 36.0, 67.5), ("no.", 69.4, 79.2), ("5503318", 81.1, 108.3)], 7)
          + boxes(132.0, [("Jan", 170.0, 182.1), ("5,", 184.2, 190.4), ("2026", 192.5, 209.2), ("0430", 222.0, 238.7),
                          ("97530", 250.0, 270.9), ("GO", 272.9, 284.6), ("Therapeutic", 302.0, 341.6),
                          ("activities", 343.7, 372.4), ("2", 495.8, 500.0), ("$190.00", 548.9, 576.0)], 7.5)
          + boxes(142.5, [("Jan", 170.0, 182.1), ("7,", 184.2, 190.4), ("2026", 192.5, 209.2), ("0430", 222.0, 238.7),
                          ("97530", 250.0, 270.9), ("GO", 272.9, 284.6), ("Therapeutic", 302.0, 341.6),
                          ("activities", 343.7, 372.4), ("2", 495.8, 500.0), ("$190.00", 548.9, 576.0)], 7.5)
          + boxes(144.9, [("Statement", 36.0, 69.8), ("date", 71.8, 86.1)], 7)
          + boxes(153.0, [("Jan", 170.0, 182.1), ("7,", 184.2, 190.4), ("2026", 192.5, 209.2), ("0430", 222.0, 238.7),
                          ("97140", 250.0, 270.9), ("GO", 272.9, 284.6), ("Manual", 302.0, 326.6),
                          ("therapy", 328.7, 353.7), ("1", 495.8, 500.0), ("$75.00", 553.1, 576.0)], 7.5)
          + boxes(154.9, [("February", 36.0, 64.0), ("4,", 65.9, 71.8), ("2026", 73.7, 89.3)], 7)
          + boxes(163.5, [("Jan", 170.0, 182.1), ("12,", 184.2, 194.6), ("2026", 196.7, 213.3),
                          ("0430", 222.0, 238.7), ("97530", 250.0, 270.9), ("GO", 272.9, 284.6),
                          ("Therapeutic", 302.0, 341.6), ("activities", 343.7, 372.4), ("3", 495.8, 500.0),
                          ("$285.00", 548.9, 576.0)], 7.5)
          + boxes(174.0, [("Jan", 170.0, 182.1), ("12,", 184.2, 194.6), ("2026", 196.7, 213.3),
                          ("0430", 222.0, 238.7), ("97760", 250.0, 270.9), ("GO", 272.9, 284.6),
                          ("Orthotic", 302.0, 328.2), ("management", 330.3, 374.1), ("and", 376.2, 388.7),
                          ("training", 390.7, 415.3), ("1", 495.8, 500.0), ("$120.00", 548.9, 576.0)], 7.5)
          + boxes(174.9, [("Please", 36.0, 58.2), ("pay", 60.1, 72.2)], 7)
          + boxes(183.8, [("$782.53", 36.0, 75.7)], 11)
          + boxes(184.5, [("Jan", 170.0, 182.1), ("12,", 184.2, 194.6), ("2026", 196.7, 213.3),
                          ("0274", 222.0, 238.7), ("L3807", 250.0, 270.9), ("LT", 272.9, 281.7),
                          ("Wrist-hand-finger", 302.0, 359.5), ("orthosis,", 361.6, 389.9), ("custom", 392.0, 416.1),
                          ("fitted", 418.2, 434.4), ("1", 495.8, 500.0), ("$410.00", 548.9, 576.0)], 7.5)
          + boxes(195.0, [("Jan", 170.0, 182.1), ("14,", 184.2, 194.6), ("2026", 196.7, 213.3),
                          ("0430", 222.0, 238.7), ("97530", 250.0, 270.9), ("GO", 272.9, 284.6),
                          ("Therapeutic", 302.0, 341.6), ("activities", 343.7, 372.4), ("2", 495.8, 500.0),
                          ("$190.00", 548.9, 576.0)], 7.5))
    got = lines_of(read(ws))
    assert [(ln.code, ln.service_date, ln.units, ln.billed) for ln in got] == [
        ("97165", date(2026, 1, 5), Decimal("1"), Decimal("210.00")),
        ("97530", date(2026, 1, 5), Decimal("2"), Decimal("190.00")),
        ("97530", date(2026, 1, 7), Decimal("2"), Decimal("190.00")),
        ("97140", date(2026, 1, 7), Decimal("1"), Decimal("75.00")),
        ("97530", date(2026, 1, 12), Decimal("3"), Decimal("285.00")),
        ("97760", date(2026, 1, 12), Decimal("1"), Decimal("120.00")),
        ("L3807", date(2026, 1, 12), Decimal("1"), Decimal("410.00")),
        ("97530", date(2026, 1, 14), Decimal("2"), Decimal("190.00"))]


def test_dates_of_service_under_a_claim_number_date_that_claim():
    """"CLAIM NUMBER: 26-011-..." then the provider, the referrer and "DATES OF SERVICE: 01/06/26" over the rows: the
    date is the claim just opened's, not the next one's."""
    ws = (boxes(144.6, [("CLAIM", 36.0, 60.1), ("NUMBER:", 64.9, 98.6), ("26-011-04873-150", 103.4, 180.5)])
          + boxes(154.6, [("RIVERSTONE", 36.0, 84.2), ("OCCUPATIONAL", 89.0, 146.8), ("THERAPY", 151.6, 185.3)])
          + boxes(164.6, [("REFERRED", 36.0, 74.5), ("BY:", 79.3, 93.8), ("DR.", 98.6, 113.1), ("HOLLIS", 117.9, 146.8),
                          ("BRANDT", 151.6, 180.5)])
          + boxes(174.6, [("DATES", 36.0, 60.1), ("OF", 64.9, 74.5), ("SERVICE:", 79.3, 117.9),
                          ("01/06/26", 122.7, 161.2)])
          + boxes(189.0, [("AMOUNT", 294.9, 322.0), ("MEDICARE", 361.9, 398.0), ("MEDICARE", 437.9, 474.0),
                          ("YOU", 518.4, 531.9), ("MAY", 536.5, 550.0), ("SEE", 558.0, 571.5)])
          + boxes(198.0, [("SERVICES", 36.0, 72.1), ("PROVIDED", 76.6, 112.8), ("CHARGED", 290.4, 322.0),
                          ("APPROVED", 361.9, 398.0), ("PAID", 455.9, 474.0), ("BE", 509.4, 518.4), ("BILLED", 522.9, 550.0),
                          ("NOTES", 558.0, 580.6)])
          + boxes(213.0, [("1", 36.0, 40.5), ("OT", 45.0, 54.1), ("EVALUATION,", 58.6, 108.2), ("MODERATE", 112.8, 148.9),
                          ("COMPLEXITY", 153.4, 198.5), ("(97166)", 203.1, 234.7), ("$240.00", 290.4, 322.0),
                          ("$98.20", 370.9, 398.0), ("$9.25", 451.4, 474.0), ("$88.76", 522.9, 550.0),
                          ("a,b,d", 558.0, 580.6)])
          + boxes(230.0, [("CLAIM", 36.0, 60.1), ("NUMBER:", 64.9, 98.6), ("26-015-11902-220", 103.4, 180.5)])
          + boxes(240.0, [("DATES", 36.0, 60.1), ("OF", 64.9, 74.5), ("SERVICE:", 79.3, 117.9),
                          ("01/13/26", 122.7, 161.2)])
          + boxes(255.0, [("SERVICES", 36.0, 72.1), ("PROVIDED", 76.6, 112.8), ("CHARGED", 290.4, 322.0),
                          ("APPROVED", 361.9, 398.0), ("PAID", 455.9, 474.0), ("BE", 509.4, 518.4), ("BILLED", 522.9, 550.0),
                          ("NOTES", 558.0, 580.6)])
          + boxes(270.0, [("1", 36.0, 40.5), ("MANUAL", 45.0, 75.0), ("THERAPY", 79.0, 110.0), ("(97140)", 114.0, 145.0),
                          ("$75.00", 294.9, 322.0), ("$27.11", 370.9, 398.0), ("$21.26", 451.4, 474.0), ("$5.42", 527.4, 550.0),
                          ("a", 558.0, 562.0)]))
    res = read(ws)
    assert [(c.payer_claim_id, [(ln.code, ln.service_date) for ln in c.lines]) for c in claims_of(res)] == [
        ("26-011-04873-150", [("97166", date(2026, 1, 6))]), ("26-015-11902-220", [("97140", date(2026, 1, 13))])]


def test_a_date_and_provider_heading_parted_by_a_dash_dates_the_visit():
    """"January 6, 2026 - Brookside Rehab Associates": the dash parts the date from the provider; it opens no range
    of dates, so the services under it are of January 6."""
    ws = (boxes(100, [("January", 40, 72), ("6,", 74, 82), ("2026", 84, 102), ("-", 105, 108), ("Brookside", 111, 150),
                      ("Rehab", 152, 175), ("Associates", 177, 218)])
          + boxes(110, [("Claim", 40, 62), ("number", 64, 95), ("MA2601064471", 97, 160)])
          + boxes(124, [("Service", 40, 70), ("you", 72, 86), ("received", 88, 122), ("(billing", 124, 152), ("code)", 154, 174),
                        ("Provider's", 250, 290), ("charge", 292, 318), ("Plan's", 340, 364), ("share", 366, 388),
                        ("Your", 420, 438), ("share", 440, 462)])
          + boxes(138, [("Therapeutic", 40, 84), ("exercises", 86, 120), ("(97110", 122, 148), ("GP)", 150, 164),
                        ("$160.00", 288, 318), ("$99.20", 362, 388), ("$0.00", 440, 462)]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.service_date, ln.billed, ln.paid) == ("97110", date(2026, 1, 6), Decimal("160.00"),
                                                             Decimal("99.20"))


def test_a_claims_frequency_and_its_net_payment_are_no_claim_numbers():
    """"Claim frequency: 1 - original" says what kind of claim it is; "Net paid this claim: 109.02" is an amount.
    Neither is the claim's number, which the claim's own heading gave."""
    assert match_header("Claim frequency") is None
    assert not set(_labels("Claim status: PROCESSED AS PRIMARY · Assignment: Y · Claim frequency: 1 - original")) & {
        Field.CLAIM_ID, Field.PAYER_CLAIM_ID}
    assert not set(_labels("Patient responsibility: 67.82 · Interest: 0.00 · Net paid this claim: 109.02")) & {
        Field.CLAIM_ID, Field.PAYER_CLAIM_ID}
    got = _labels("Patient: Dorothea Finch HIC/MBI: 1AB2CD3EF45 Pat Ctrl #: LMR-10442 Payer Claim Control #: 11260550144020")
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == ("LMR-10442", "11260550144020")


def test_a_claim_number_printed_in_groups_of_digits_is_one_number():
    """"Claim number 26017 00412 81 Timberline Outpatient Therapy": the groups are one number."""
    assert _labels("Claim number 26017 00412 81 Timberline Outpatient Therapy")[Field.PAYER_CLAIM_ID] == "26017 00412 81"
    (ln,) = group_lines(boxes(80, [("Claim", 36, 58), ("number:", 60, 92), ("26017", 94, 116), ("00412", 118, 140),
                                   ("81", 142, 151)]))
    assert parse_labels(ln)[Field.PAYER_CLAIM_ID] == "26017 00412 81"


def test_the_insurers_claim_number_printed_with_its_payment_under_the_charges():
    """A hospital statement lists an account's charges, then "Less: insurance paid, Northstar claim CL8840022570
    $521.01": the number is the insurer's for the claim just read."""
    ws = (boxes(60, [("Patient:", 36, 66), ("Mariam", 68, 96), ("Haddad-Lindgren", 98, 160), ("Account", 200, 230),
                     ("No.", 232, 246), ("HA-50018004", 248, 300)])
          + boxes(74, [("Service", 36, 66), ("Date", 68, 86), ("CPT/HCPCS", 120, 160), ("Description", 180, 224),
                       ("Qty", 400, 414), ("Charge", 460, 488)])
          + boxes(86, [("01/12/2026", 36, 78), ("97161", 120, 142), ("PT", 180, 190), ("evaluation", 192, 232),
                       ("1", 410, 414), ("$220.00", 458, 488)])
          + boxes(98, [("01/12/2026", 36, 78), ("97110", 120, 142), ("Therapeutic", 180, 224), ("exercises", 226, 262),
                       ("2", 410, 414), ("$160.00", 458, 488)])
          + boxes(112, [("Total", 150, 170), ("charges", 172, 202), ("$380.00", 458, 488)])
          + boxes(124, [("Less:", 150, 170), ("insurance", 172, 208), ("paid,", 210, 230), ("Northstar", 232, 268),
                        ("claim", 270, 290), ("CL8840022570", 292, 350), ("$221.01", 458, 488)]))
    (claim,) = claims_of(read(ws))
    assert (claim.claim_id, claim.payer_claim_id) == ("HA-50018004", "CL8840022570")
    assert [ln.code for ln in claim.lines] == ["97161", "97110"]


def test_claim_numbers_printed_as_a_prefix_and_groups_of_digits():
    """"Claim # CRB 26 0114 22871", "claim PRE 260112 004471", "Account HA 7002158841 Patient: ...": letters, then
    groups of digits, one number."""
    got = _labels("Claim for SOPHIE LANGFORD (Spouse) Claim # CRB 26 0114 22871 Patient acct # HSI-55012")
    assert (got[Field.PAYER_CLAIM_ID], got[Field.CLAIM_ID]) == ("CRB 26 0114 22871", "HSI-55012")
    assert _labels("Billed to Pinebrook Regional, claim PRE 260112 004471")[Field.PAYER_CLAIM_ID] == "PRE 260112 004471"
    got = _labels("Account HA 7002158841 Patient: Mariela Fontaine-Ortiz (Guarantor)")
    assert (got[Field.CLAIM_ID], got[Field.PATIENT]) == ("HA 7002158841", "Mariela Fontaine-Ortiz")
    # (a letter prefix before its number, "PAT ACCT NO PRT-11802", takes no label after it: "ICN 2026013000412")
    got = _labels("NAME OKONJO, ADAEZE PAT ACCT NO PRT-11802 ICN 2026013000412 MRN MR77102 RECIP ID 700118420931")
    assert got[Field.PAYER_CLAIM_ID] == "2026013000412"


def test_a_providers_number_under_its_name_opens_no_new_claim():
    """"RENDERING: 1730055291" under a Medicaid remit's claim line: the provider's number, which neither replaces the
    provider's name nor parts the claim's services from its numbers."""
    ws = (boxes(40, [("PROVIDER:", 30.0, 70.0), ("SUNFLOWER", 75.0, 120.0), ("PEDIATRIC", 125.0, 170.0),
                     ("THERAPY", 175.0, 210.0), ("GROUP", 215.0, 240.0)], 8)
          + boxes(68.6, [("LN", 30.0, 39.6), ("FROM", 49.2, 68.4), ("TO", 92.4, 102.0), ("PROC", 135.6, 154.8),
                         ("MOD", 164.4, 178.8), ("MOD", 183.6, 198.0), ("UNITS", 202.8, 226.8), ("BILLED", 255.6, 284.4),
                         ("ALLOWED", 303.6, 337.2), ("TPL", 370.8, 385.2), ("CO-PAY", 394.8, 423.6), ("PAID", 457.2, 476.4),
                         ("EOB", 486.0, 500.4), ("CODES", 505.2, 529.2)], 8)
          + boxes(78.6, [("DATE", 49.2, 68.4), ("DATE", 92.4, 111.6), ("AMOUNT", 255.6, 284.4), ("AMOUNT", 308.4, 337.2),
                         ("AMOUNT", 356.4, 385.2), ("AMOUNT", 447.6, 476.4)], 8)
          + boxes(109.8, [("RECIP", 30.0, 54.0), ("NAME:", 58.8, 82.8), ("MORROW,", 87.6, 121.2), ("DESTINY", 126.0, 159.6),
                          ("A", 164.4, 169.2), ("RECIP", 198.0, 222.0), ("ID:", 226.8, 241.2), ("700418552", 246.0, 289.2),
                          ("TCN:", 303.6, 322.8), ("26029001157130", 327.6, 394.8), ("PAT", 409.2, 423.6),
                          ("ACCT:", 428.4, 452.4), ("A11203", 457.2, 486.0)], 8)
          + boxes(121.3, [("CLAIM", 30.0, 54.0), ("TYPE:", 58.8, 82.8), ("PROF", 87.6, 106.8), ("PLACE", 116.4, 140.4),
                          ("OF", 145.2, 154.8), ("SVC:", 159.6, 178.8), ("11", 183.6, 193.2), ("RENDERING:", 207.6, 255.6),
                          ("1730055291", 260.4, 308.4)], 8)
          + boxes(132.8, [("01", 30.0, 39.6), ("01/05/26", 49.2, 87.6), ("01/05/26", 92.4, 130.8), ("97165", 135.6, 159.6),
                          ("GO", 164.4, 174.0), ("1", 222.0, 226.8), ("210.00", 255.6, 284.4), ("98.20", 313.2, 337.2),
                          ("0.00", 366.0, 385.2), ("0.00", 404.4, 423.6), ("98.20", 452.4, 476.4), ("0010", 486.0, 505.2)], 8))
    (claim,) = claims_of(read(ws))
    assert (claim.claim_id, claim.payer_claim_id, claim.patient) == ("A11203", "26029001157130", "MORROW, DESTINY A")
    assert claim.provider == "SUNFLOWER PEDIATRIC THERAPY GROUP"
    assert [ln.code for ln in claim.lines] == ["97165"]


def test_a_row_opening_with_a_date_in_words_is_a_service_row():
    """"Jan 5, 2026 0430 97165 ... 1 $210.00" and "5 Jan 2026 ...": one charge after a code, dated in words."""
    from eobreader.sources.pdf_layout import is_service_line

    assert is_service_line(_line("Jan 5, 2026 0430 97165 GO OT evaluation 1 $210.00"))
    assert is_service_line(_line("5 Jan 2026 0430 97165 GO OT evaluation 1 $210.00"))
    assert not is_service_line(_line("5 visits 97165 OT evaluation 1 $210.00"))


def test_a_revenue_code_set_close_beside_the_procedure_code_is_no_procedure_code():
    """"Service Date Rev Code HCPCS" printed as one run over "01/08/2026  0430  97167": the values part the headings;
    the hospital's revenue code is a column of its own, never the procedure code's modifiers."""
    ws = (boxes(166.9, [("Service", 44.0, 72.4), ("Date", 74.8, 93.0), ("Rev", 98.0, 112.4), ("Code", 114.7, 134.0),
                        ("HCPCS", 136.0, 161.7), ("Mod", 172.0, 188.4), ("Description", 198.0, 242.2), ("Qty", 406.5, 420.0),
                        ("Charges", 444.5, 476.0)], 7.6)
          + boxes(178.9, [("01/08/2026", 44.0, 83.4), ("0430", 98.0, 115.4), ("97167", 136.0, 157.7), ("GO", 172.0, 182.7),
                          ("OT", 198.0, 207.6), ("evaluation,", 209.7, 247.9), ("high", 250.0, 264.9),
                          ("complexity", 267.1, 304.8), ("1", 415.6, 420.0), ("275.00", 452.1, 476.0)], 7.6)
          + boxes(190.9, [("01/08/2026", 44.0, 83.4), ("0430", 98.0, 115.4), ("97535", 136.0, 157.7), ("GO", 172.0, 182.7),
                          ("Self-care", 198.0, 228.3), ("and", 230.5, 243.3), ("home", 245.5, 264.9),
                          ("management", 267.1, 312.9), ("2", 415.6, 420.0), ("164.00", 452.1, 476.0)], 7.6))
    got = lines_of(read(ws))
    assert [(ln.code, ln.modifiers, ln.units, ln.billed) for ln in got] == [
        ("97167", ("GO",), Decimal("1"), Decimal("275.00")), ("97535", ("GO",), Decimal("2"), Decimal("164.00"))]


def test_modifiers_and_units_named_in_words_under_a_row():
    """"Modifier GN; 1 unit(s)" on a small line under each service of a notice that has no such columns."""
    ws = (boxes(342.0, [("Claim", 40.0, 65.4), ("number", 68.1, 102.0), ("26-0126-4471-0093", 104.8, 190.1)], 8.6)
          + boxes(357.9, [("Amount", 351.9, 390.0), ("Non-", 422.6, 446.0), ("Amount", 465.9, 504.0), ("Max", 514.7, 534.9),
                          ("You", 537.8, 556.0)], 8.6)
          + boxes(367.9, [("Service", 296.4, 331.6), ("Facility", 354.3, 390.2), ("Covered", 406.9, 446.0),
                          ("Medicare", 458.9, 504.0), ("May", 520.2, 540.5), ("Be", 543.3, 556.0)], 8.6)
          + boxes(377.9, [("Service", 44.0, 79.2), ("Provided", 82.2, 124.7), ("&", 127.7, 135.4), ("Billing", 138.4, 171.0),
                          ("Code", 174.0, 198.1), ("Approved?", 288.7, 339.2), ("Charged", 349.3, 390.0),
                          ("Charges", 406.5, 446.0), ("Paid", 482.7, 504.0), ("Billed", 527.5, 556.0), ("Notes", 566.0, 593.9)],
                   8.6)
          + boxes(393.0, [("01/20/26", 44.0, 82.6), ("Speech", 85.3, 117.3), ("sound", 120.0, 146.2), ("and", 148.9, 165.1),
                          ("language", 167.8, 208.0), ("(92523)", 210.7, 244.8), ("Yes", 306.3, 321.6),
                          ("$290.00", 354.5, 390.0), ("$0.00", 421.4, 446.0), ("$129.62", 468.5, 504.0),
                          ("$32.41", 525.9, 556.0)], 8.6)
          + boxes(404.1, [("Modifier", 60.0, 92.2), ("GN;", 94.5, 109.4), ("1", 111.7, 116.5), ("unit(s)", 118.8, 143.3)], 7.4)
          + boxes(415.0, [("01/22/26", 44.0, 82.6), ("Feeding/swallowing", 85.3, 172.4), ("treatment", 175.2, 218.6),
                          ("(92526)", 221.4, 255.4), ("Yes", 306.3, 321.6), ("$150.00", 354.5, 390.0), ("$0.00", 421.4, 446.0),
                          ("$62.36", 473.9, 504.0), ("$15.59", 525.9, 556.0)], 8.6)
          + boxes(426.1, [("Modifiers", 60.0, 96.0), ("GN,", 98.5, 112.0), ("59", 114.5, 123.0), ("-", 125.0, 128.0),
                          ("2", 130.0, 134.0), ("units", 136.0, 155.0)], 7.4))
    first, second = lines_of(read(ws))
    assert (first.code, first.modifiers, first.units, first.paid) == ("92523", ("GN",), Decimal("1"), Decimal("129.62"))
    assert (second.code, second.modifiers, second.units) == ("92526", ("GN", "59"), Decimal("2"))


def test_more_words_for_a_payment_a_remarks_column_and_a_recipients_number():
    """"Fund Pays" (a trust fund's payment), "RAD" and "EOBS" (a state remittance's explanation codes), "RECIP ID"
    (the recipient's number, never a second name column)."""
    assert match_header("Fund Pays") is Field.PAID
    assert match_header("Trust Pays") is Field.PAID
    assert match_header("Patient Pays") is Field.PATIENT_OWES
    assert match_header("Member Pays") is Field.PATIENT_OWES
    for t in ("RAD", "EOBS", "EOBs", "RAD Codes"):
        assert match_header(t) is Field.REMARKS
    assert match_header("RECIP ID") is Field.MEMBER_ID



def test_a_sidebar_with_prose_beside_five_rows_is_cut_off_them():
    """A landscape member EOB with a left sidebar: two of its lines above the table and words beside five of its
    rows ("ID SCX-5521-0078", "Group 7710-PPO", "Plan year to date", "Deductible $500.00", "met $500.00"). It is a
    panel, so "Group 7710-PPO" never spoils a row's date."""
    got = lines_of(read_saved("landscape_left_sidebar"))
    assert [(ln.code, ln.service_date) for ln in got][:5] == [
        ("97166", date(2026, 1, 6)), ("97760", date(2026, 1, 6)), ("L3807", date(2026, 1, 6)), ("97140", date(2026, 1, 13)),
        ("97530", date(2026, 1, 13))]
    assert (got[1].billed, got[1].paid, got[2].modifiers) == (Decimal("120.00"), Decimal("102.00"), ("RT",))


def test_a_sidebar_carried_to_the_next_page_beside_every_row():
    """A right sidebar ("YOUR PLAN SNAPSHOT": member, member ID, group "MERIDIAN TOOL WORKS 55120", plan ...) found on
    page 1 goes on beside every row of page 2, with a code-shaped group number and no amounts: still the panel, so
    page 2's rows stay one continued claim instead of a claim per sidebar line."""
    claims = claims_of(read_saved("hdhp_sidebar_two_pages"))
    assert [(c.payer_claim_id, c.patient) for c in claims] == [
        ("E26-0412-88017", "Priya Venkataraman-Holt"), ("E26-0419-10322", "Anand Holt"), ("E26-0426-33571", "Leela Holt"),
        ("E26-0430-40986", "Rohan Holt")]
    assert len(claims[-1].lines) == 9


def test_a_name_written_last_name_first_with_its_initial_is_one_cell():
    """A Medicaid remit's claim row "ABERNATHY-COLE, JOSIAH M  910044177320  JMA-3318  2226005000418 ..." under
    "NAME  RECIP ID  PAT ACCT  ICN": the name runs far right of its short heading, yet it is one value; its
    first name and initial never become the recipient's number."""
    (claim,) = claims_of(read_saved("medicaid_claim_rows_last_first"))
    assert (claim.claim_id, claim.payer_claim_id, claim.patient) == ("JMA-3318", "2226005000418", "ABERNATHY-COLE, JOSIAH M")
    assert len(claim.lines) == 5


def test_a_sidebar_page_and_its_next_page_with_one_row():
    """A member EOB with a left sidebar (deductible, out-of-pocket, "Questions?", the phone number beside the table's
    heading): the heading's two lines, set 13 points apart in 7.4 point type whose glyph boxes are 6.7 points
    tall, are one heading; on page 2 the sidebar goes on beside the claim's one last row ("$900.00 goal")."""
    res = read_saved("sidebar_eob_two_pages")
    assert [(c.payer_claim_id, len(c.lines)) for c in claims_of(res)] == [
        ("26-0114-88213", 8), ("26-0121-90457", 7), ("26-0128-11902", 4)]
    first = lines_of(res)[0]
    assert (first.code, first.billed, first.discount, first.allowed, first.paid, first.remarks) == (
        "97165", Decimal("210.00"), Decimal("46.20"), Decimal("163.80"), Decimal("11.04"), ("D1",))
    last = lines_of(res)[-1]
    assert (last.code, last.service_date, last.billed, last.paid) == (
        "92507", date(2026, 1, 30), Decimal("160.00"), Decimal("99.84"))


def test_a_patient_column_is_no_sidebar():
    """A posting report's "Patient" heading over "Ferreira, Joao" on the first row of each claim: the value beside a
    service row is the row's own first cell, so the column is the table's, never a panel cut off it."""
    claims = claims_of(read_saved("posting_detail_patient_column"))
    assert [(c.claim_id, c.patient) for c in claims] == [
        ("100482", "Ferreira, Joao"), ("100517", "Lindqvist, Ingrid"), ("100533", "Abernathy, Cole"),
        ("100540", "Ferreira, Lucia")]


def test_counts_in_brackets_modifiers_joined_by_commas_and_people_named_in_claim_headings():
    """"97161 GP (x1)": the count; "97140 GP,59": two modifiers; "Visit 30117 - Lena Marchetti Billed to ...",
    "Claim Detail for Rosalind Quarrie": the person the claim is for."""
    ws = (boxes(60, [("Date", 30, 50), ("Service", 80, 110), ("(billing", 112, 140), ("code)", 142, 162),
                     ("Provider", 300, 330), ("Plan", 350, 366), ("You", 400, 414)])
          + boxes(70, [("billed", 306, 330), ("paid", 350, 366), ("owe", 400, 414)])
          + boxes(84, [("Jan", 30, 42), ("7,", 44, 50), ("2026", 52, 70), ("Neuromuscular", 80, 130),
                       ("re-education", 132, 176), ("97112", 178, 198), ("GP", 200, 210), ("(x2)", 212, 226),
                       ("$170.00", 300, 330), ("$102.00", 340, 366), ("$0.00", 394, 414)])
          + boxes(96, [("Jan", 30, 42), ("7,", 44, 50), ("2026", 52, 70), ("Manual", 80, 104), ("therapy", 106, 134),
                       ("97140", 136, 156), ("GP,59", 158, 180), ("(x1)", 182, 196), ("$75.00", 304, 330),
                       ("$46.50", 342, 366), ("$0.00", 394, 414)]))
    first, second = lines_of(read(ws))
    assert (first.code, first.modifiers, first.units) == ("97112", ("GP",), Decimal("2"))
    assert (second.code, second.modifiers, second.units) == ("97140", ("GP", "59"), Decimal("1"))

    got = _labels("Visit 30117 - Lena Marchetti Billed to Keystone Harbor Health, claim KH2601059981")
    assert (got[Field.PATIENT], got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == (
        "Lena Marchetti", "30117", "KH2601059981")
    assert _labels("Claim Detail for Rosalind Quarrie Claim no. N26-0114-77102")[Field.PATIENT] == "Rosalind Quarrie"


def test_the_addressee_over_a_street_beside_a_sidebar_is_the_member():
    """"IGNATIUS P VALDERRAMA" over "Member   9 WHITCOMB RIDGE ROAD": the street starts under the name, after the
    sidebar's label on its left; the addressee is the notice's member, the patient of claims that name no one."""
    (claim,) = claims_of(read_saved("addressee_beside_sidebar"))
    assert (claim.payer_claim_id, claim.patient) == ("MA2601-558830", "IGNATIUS P VALDERRAMA")


def test_a_code_glued_to_its_amount_is_an_adjustment_value():
    """"CO45:88.70" starting where "ARC" starts, right of a one-letter status under "St": an adjustment with its
    amount, never a word of the status column beside it."""
    ws = (boxes(107.5, [("Ln", 44.0, 52.5), ("From", 60.0, 78.3), ("To", 106.0, 114.6), ("Proc", 152.0, 167.8),
                        ("Mods", 184.0, 202.9), ("Units", 217.5, 236.0), ("Billed", 266.0, 286.0), ("Allowed", 305.9, 334.0),
                        ("Copay", 350.2, 372.0), ("Paid", 402.5, 418.0), ("St", 426.0, 433.5), ("ARC", 442.0, 456.3)], 7)
          + boxes(119.5, [("1", 44.0, 48.0), ("01/06/2026", 60.0, 96.3), ("01/06/2026", 106.0, 142.3), ("92507", 152.0, 172.0),
                          ("GN", 184.0, 193.6), ("1", 232.0, 236.0), ("160.00", 264.0, 286.0), ("71.30", 316.0, 334.0),
                          ("0.00", 358.0, 372.0), ("71.30", 400.0, 418.0), ("P", 426.0, 429.8), ("CO45:88.70", 442.0, 479.5)], 7)
          + boxes(131.5, [("2", 44.0, 48.0), ("01/13/2026", 60.0, 96.3), ("01/13/2026", 106.0, 142.3), ("92507", 152.0, 172.0),
                          ("GN", 184.0, 193.6), ("1", 232.0, 236.0), ("160.00", 264.0, 286.0), ("71.30", 316.0, 334.0),
                          ("0.00", 358.0, 372.0), ("71.30", 400.0, 418.0), ("P", 426.0, 429.8), ("CO45:88.70", 442.0, 479.5)], 7))
    for ln in lines_of(read(ws)):
        assert [(a.group, a.reason, a.amount) for a in ln.adjustments] == [("CO", "45", Decimal("88.70"))]
        assert ln.paid == Decimal("71.30")


def test_the_providers_column_over_amounts_is_what_was_billed():
    """"Provider's" alone over dollar amounts, in a table with no charge column: what the provider billed."""
    ws = (boxes(108.2, [("Date", 46.0, 62.3), ("Service", 92.0, 118.7), ("(code)", 120.8, 143.3), ("Provider's", 343.6, 380.0),
                        ("Plan's", 388.6, 410.4), ("allowed", 412.5, 440.0), ("Plan", 462.6, 478.5), ("paid", 480.6, 496.0),
                        ("Your", 512.8, 529.9), ("share", 532.0, 552.0), ("Note", 558.0, 574.7)], 7.5)
          + boxes(120.2, [("01/06/26", 46.0, 75.2), ("OT", 92.0, 102.4), ("evaluation,", 104.5, 140.8), ("high", 142.9, 157.0),
                          ("complexity", 159.1, 194.5), ("97167-GO", 196.6, 231.6), ("$275.00", 352.9, 380.0),
                          ("$98.20", 417.1, 440.0), ("$78.56", 473.1, 496.0), ("$19.64", 529.1, 552.0), ("N1", 558.0, 567.6),
                          ("N2", 569.7, 579.3)], 7.5)
          + boxes(133.2, [("01/06/26", 46.0, 75.2), ("Self-care/home", 92.0, 142.8), ("management", 144.9, 188.7),
                          ("training", 190.8, 215.4), ("97535-GO", 217.5, 252.5), ("$82.00", 357.1, 380.0),
                          ("$32.40", 417.1, 440.0), ("$25.92", 473.1, 496.0), ("$6.48", 533.2, 552.0), ("N1", 558.0, 567.6),
                          ("N2", 569.7, 579.3)], 7.5))
    first, second = lines_of(read(ws))
    assert (first.code, first.billed, first.allowed, first.paid, first.patient_owes) == (
        "97167", Decimal("275.00"), Decimal("98.20"), Decimal("78.56"), Decimal("19.64"))
    assert second.billed == Decimal("82.00")


def test_a_bracketed_qualifier_set_apart_stays_with_its_heading():
    """"Adjustments (grp rsn amt)" over "CO 45 22.40 PR 2 13.76": the bracket qualifies the heading before it, so
    every group, reason and amount is read, the first one's amount too."""
    ws = (boxes(123.5, [("DOS", 36.0, 51.1), ("Code", 84.0, 101.7), ("Mod", 116.0, 131.1), ("Qty", 139.5, 152.0),
                        ("Billed", 179.9, 200.0), ("Allowed", 219.9, 248.0), ("Deduct", 264.8, 290.0), ("Coins", 312.7, 332.0),
                        ("Adjustments", 342.0, 386.9), ("(grp", 389.1, 404.1), ("rsn", 406.3, 417.6), ("amt)", 419.8, 436.5),
                        ("Paid", 560.5, 576.0)], 7)
          + boxes(135.5, [("01/06/26", 36.0, 64.3), ("97110", 84.0, 104.0), ("GP", 116.0, 124.7), ("2", 148.0, 152.0),
                          ("160.00", 178.0, 200.0), ("137.60", 226.0, 248.0), ("0.00", 276.0, 290.0), ("13.76", 314.0, 332.0),
                          ("CO", 342.0, 351.4), ("45", 353.4, 361.4), ("22.40", 363.4, 381.4), ("PR", 383.4, 391.6),
                          ("2", 393.6, 397.6), ("13.76", 399.6, 417.6), ("123.84", 554.0, 576.0)], 7)
          + boxes(146.5, [("01/06/26", 36.0, 64.3), ("97140", 84.0, 104.0), ("GP", 116.0, 124.7), ("1", 148.0, 152.0),
                          ("75.00", 182.0, 200.0), ("64.50", 230.0, 248.0), ("0.00", 276.0, 290.0), ("6.45", 318.0, 332.0),
                          ("CO", 342.0, 351.4), ("45", 353.4, 361.4), ("10.50", 363.4, 381.4), ("PR", 383.4, 391.6),
                          ("2", 393.6, 397.6), ("6.45", 399.6, 413.6), ("58.05", 558.0, 576.0)], 7))
    first, second = lines_of(read(ws))
    assert [(a.group, a.reason, a.amount) for a in first.adjustments] == [
        ("CO", "45", Decimal("22.40")), ("PR", "2", Decimal("13.76"))]
    assert (first.paid, second.paid) == (Decimal("123.84"), Decimal("58.05"))
    assert [(a.group, a.reason, a.amount) for a in second.adjustments][0] == ("CO", "45", Decimal("10.50"))


def test_a_person_and_relationship_before_a_bar_and_the_claims_label():
    """"Theo Ashby-Kwan (Son) | Claim 26A0114-88213 Received Jan 20, 2026": the person the claim is for."""
    got = _labels("Theo Ashby-Kwan (Son) | Claim 26A0114-88213 Received Jan 20, 2026")
    assert (got[Field.PATIENT], got[Field.PAYER_CLAIM_ID]) == ("Theo Ashby-Kwan", "26A0114-88213")


def test_a_code_line_two_lines_under_a_row_with_the_services_words_between():
    """A Medicare notice prints each service as "Jan 15, 2026  Yes  $130.00 ...", then "OT re-evaluation,", then
    "1 unit (97168-GO)": the code two lines down completes the row, with its count and modifier."""
    ws = (
          boxes(103.0, [("Service", 42.0, 66.3), ("Provided", 68.2, 98.5), ("&", 100.5, 107.0), ("Did", 213.1, 225.3), ("Medicare", 227.2, 258.9), ("Amount", 292.4, 319.7), ("the", 321.6, 332.0), ("Medicare-", 369.8, 404.0), ("Amount", 440.7, 468.0), ("Maximum", 487.5, 522.2), ("You", 524.1, 538.0), ("See", 550.4, 561.6)], 7.8)
          + boxes(112.0, [("Billing", 42.0, 64.1), ("Code", 66.1, 83.4), ("Approve?", 219.5, 252.5), ("Provider", 271.6, 301.0), ("Charged", 303.0, 332.0), ("Approved", 341.4, 374.7), ("Amount", 376.7, 404.0), ("Medicare", 419.3, 450.9), ("Paid", 452.8, 468.0), ("May", 490.8, 505.9), ("Be", 507.9, 516.5), ("Billed", 518.5, 538.0), ("Notes", 546.7, 565.3)], 7.8)
          + boxes(125.6, [("Jan", 42.0, 53.5), ("15,", 55.6, 66.4), ("2026", 68.5, 85.7), ("Yes", 229.3, 242.7), ("$130.00", 304.0, 332.0), ("$66.75", 380.4, 404.0), ("$52.33", 444.4, 468.0), ("$13.35", 514.3, 538.0), ("A,", 547.6, 556.0), ("D", 558.2, 564.4)], 8.6)
          + boxes(135.8, [("OT", 42.0, 53.5), ("re-evaluation,", 55.6, 103.1)], 8.6)
          + boxes(146.0, [("1", 42.0, 46.3), ("unit", 48.5, 61.8), ("(97168-GO)", 64.0, 106.5)], 8.6)
          + boxes(159.2, [("Jan", 42.0, 53.5), ("15,", 55.6, 66.4), ("2026", 68.5, 85.7), ("Yes", 229.3, 242.7), ("$164.00", 304.0, 332.0), ("$64.80", 380.4, 404.0), ("$50.80", 444.4, 468.0), ("$12.96", 514.3, 538.0), ("A,", 547.6, 556.0), ("D", 558.2, 564.4)], 8.6)
          + boxes(169.4, [("Self-care/home", 42.0, 94.5), ("management", 96.7, 140.6), ("training,", 142.8, 171.7)], 8.6)
          + boxes(179.6, [("2", 42.0, 46.3), ("units", 48.5, 65.2), ("(97535-GO)", 67.3, 109.8)], 8.6))
    first, second = lines_of(read(ws))
    assert (first.code, first.modifiers, first.units, first.service_date, first.billed, first.allowed, first.paid) == (
        "97168", ("GO",), Decimal("1"), date(2026, 1, 15), Decimal("130.00"), Decimal("66.75"), Decimal("52.33"))
    assert (second.code, second.units, second.billed) == ("97535", Decimal("2"), Decimal("164.00"))


def test_adjustment_codes_printed_under_the_amount_headings():
    """"Ded  Coins  Contract  Seq  Denial" over "PR-1  PR-2  CO-45  CO-253  CO-50": each amount column is the
    adjustment its code names, so a row's amounts are its adjustments (a zero none)."""
    ws = (boxes(60.5, [("Patient", 26.0, 46.5), ("Acct", 118.0, 131.3), ("#", 133.0, 136.4), ("Payer", 162.0, 178.7),
                       ("ICN", 180.4, 191.0), ("DOS", 247.3, 260.6), ("CPT", 288.9, 301.1), ("Mod", 323.7, 336.3),
                       ("Units", 353.3, 368.7), ("Charge", 400.8, 422.0), ("Allowed", 448.4, 472.0), ("Ded", 504.4, 516.0),
                       ("Coins", 542.9, 560.0), ("Contract", 586.7, 612.0), ("Seq", 644.7, 656.0), ("Denial", 685.5, 704.0),
                       ("Paid", 741.0, 754.0)], 7.5)
          + boxes(69.5, [("PR-1", 502.0, 516.0), ("PR-2", 546.0, 560.0), ("CO-45", 593.9, 612.0), ("CO-253", 634.5, 656.0),
                         ("CO-50", 685.9, 704.0)], 7.5)
          + boxes(86.5, [("Fairbanks,", 26.0, 54.7), ("Idris", 56.4, 68.0), ("00418822", 118.0, 145.4),
                         ("0626024417708", 162.0, 206.5), ("01/06/26", 242.0, 266.0), ("97530", 286.4, 303.5),
                         ("GO", 325.2, 334.8), ("3", 359.3, 362.7), ("285.00", 403.2, 422.0), ("110.55", 453.2, 472.0),
                         ("0.00", 504.0, 516.0), ("22.11", 544.6, 560.0), ("174.45", 593.2, 612.0), ("1.77", 644.0, 656.0),
                         ("0.00", 692.0, 704.0), ("86.67", 738.6, 754.0)], 7.5)
          + boxes(100.5, [("Fairbanks,", 26.0, 54.7), ("Idris", 56.4, 68.0), ("00418822", 118.0, 145.4),
                          ("0626024417708", 162.0, 206.5), ("01/06/26", 242.0, 266.0), ("97140", 286.4, 303.5),
                          ("GO", 320.9, 330.5), ("59", 332.2, 339.1), ("1", 359.3, 362.7), ("75.00", 406.6, 422.0),
                          ("27.11", 456.6, 472.0), ("0.00", 504.0, 516.0), ("5.42", 548.0, 560.0), ("47.89", 596.6, 612.0),
                          ("0.43", 644.0, 656.0), ("0.00", 692.0, 704.0), ("21.26", 738.6, 754.0)], 7.5))
    ln, _second = lines_of(read(ws, width=792))
    assert sorted((a.group, a.reason, a.amount) for a in ln.adjustments) == [
        ("CO", "253", Decimal("1.77")), ("CO", "45", Decimal("174.45")), ("PR", "2", Decimal("22.11"))]
    assert (ln.paid, ln.allowed) == (Decimal("86.67"), Decimal("110.55"))
    assert match_header("Ins Pymt") is Field.PAID


def test_a_sidebar_whose_label_and_amounts_sit_beside_the_rows():
    """A member EOB's left sidebar ("Member: Priya Anand-Whitcomb", "Plan: Open Access PPO", "Deductible (family)",
    "$75.00 of $1,000") beside its first rows: a label with its value is no column heading of the table, so the
    sidebar is cut off the rows and all 21 services are read."""
    got = lines_of(read_saved("sidebar_with_amounts"))
    assert len(got) == 21
    first = got[0]
    assert (first.code, first.service_date, first.billed, first.allowed, first.paid, first.remarks) == (
        "97165", date(2026, 1, 6), Decimal("210.00"), Decimal("172.20"), Decimal("142.20"), ("C3",))
