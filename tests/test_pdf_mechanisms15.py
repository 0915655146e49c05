"""General mechanisms of the PDF reader added in the ninth session, each on synthetic word lists placed where a
real page's text layer put them."""

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


_REMIT_HEADING = [("SERV", 30.0, 47.3), ("DATE", 51.6, 68.9), ("POS", 86.2, 99.1), ("NOS", 103.4, 116.4),
                  ("PROC", 120.7, 138.0), ("MODS", 151.0, 168.2), ("BILLED", 198.5, 224.4), ("ALLOWED", 241.7, 271.9),
                  ("DEDUCT", 293.5, 319.4), ("COINS", 345.4, 367.0), ("ADJ-CODES", 375.6, 414.5), ("PROV", 466.3, 483.6),
                  ("PD", 487.9, 496.6)]


def test_a_month_and_day_then_the_through_date_open_a_row_under_serv_date():
    """"0105 010526" under "SERV DATE", first on the row with no column before it: from as month and day, through
    as a whole date. The month and day is part of the date, never a count, so the row is dated."""
    ws = (boxes(69.0, [("PATIENT:", 30.0, 64.6), ("FAIRWEATHER,", 68.9, 120.7), ("LORNE", 125.0, 146.6),
                       ("HIC:", 168.2, 185.5), ("7HX2TT4KQ81", 189.8, 237.4), ("PAT", 250.3, 263.3), ("CTRL", 267.6, 284.9),
                       ("NO:", 289.2, 302.2), ("FW20260105", 306.5, 349.7)])
          + boxes(78.0, _REMIT_HEADING)
          + boxes(89.0, [("0105", 30.0, 47.3), ("010526", 51.6, 77.5), ("11", 86.2, 94.8), ("1", 107.8, 112.1),
                         ("97163", 116.4, 138.0), ("GP", 146.6, 155.3), ("265.00", 198.5, 224.4), ("101.12", 246.0, 271.9),
                         ("95.00", 297.8, 319.4), ("1.22", 349.7, 367.0), ("CO-45", 375.6, 397.2), ("163.88", 401.5, 427.4),
                         ("4.80", 483.6, 500.9)])
          + boxes(98.0, [("PR-1", 375.6, 392.9), ("95.00", 397.2, 418.8)])
          + boxes(107.0, [("PR-2", 375.6, 392.9), ("1.22", 397.2, 414.5)])
          + boxes(126.0, [("0107", 30.0, 47.3), ("010926", 51.6, 77.5), ("11", 86.2, 94.8), ("2", 107.8, 112.1),
                          ("97110", 116.4, 138.0), ("GP", 146.6, 155.3), ("160.00", 198.5, 224.4), ("59.24", 250.3, 271.9),
                          ("0.00", 302.2, 319.4), ("11.85", 345.4, 367.0), ("CO-45", 375.6, 397.2), ("100.76", 401.5, 427.4),
                          ("46.44", 479.3, 500.9)]))
    first, second = lines_of(read(ws))
    assert (first.service_date, first.service_end, first.code, first.units, first.billed, first.paid) == (
        date(2026, 1, 5), date(2026, 1, 5), "97163", Decimal("1"), Decimal("265.00"), Decimal("4.80"))
    assert (second.service_date, second.service_end, second.units, second.allowed) == (
        date(2026, 1, 7), date(2026, 1, 9), Decimal("2"), Decimal("59.24"))
    assert [(a.group, a.reason, a.amount) for a in first.adjustments][:3] == [
        ("CO", "45", Decimal("163.88")), ("PR", "1", Decimal("95.00")), ("PR", "2", Decimal("1.22"))]


def test_an_amount_is_never_read_as_an_adjustment_group():
    """Headings set at the left of their columns and amounts right-aligned before the next heading ("Paid" at
    402, its "98.20" at 427-442 just before "Grp" at 446): the amount is the payment, never the group of the
    adjustment, however near the "Grp" heading it ends; "CO" is the group and "45" its reason."""
    head = [("Line", 38.0, 50.6), ("/", 52.4, 54.1), ("DOS", 55.8, 69.1), ("Proc", 98.0, 111.7), ("Mod", 142.0, 154.6),
            ("1", 156.3, 159.8), ("Mod", 178.0, 190.6), ("2", 192.3, 195.8), ("Units", 208.0, 223.4), ("POS", 238.0, 251.0),
            ("Billed", 270.0, 286.7), ("Allowed", 314.0, 337.6), ("TPL", 358.0, 369.6), ("Paid", 402.0, 415.0),
            ("Grp", 446.0, 456.9), ("Reason", 480.0, 502.2), ("Adj", 526.0, 535.9), ("Amt", 537.6, 549.6),
            ("Remark", 572.0, 594.6), ("Description", 622.0, 655.8)]
    ws = (boxes(277.5, [("Member:", 36.0, 63.3), ("Nakamura-Bell,", 65.2, 112.9), ("Oren", 114.7, 130.1),
                        ("TCN:", 220.9, 236.5), ("3026012100465", 238.3, 285.8)])
          + boxes(292.0, head)
          + boxes(305.2, [("01", 38.0, 44.8), ("01/06/2026", 46.5, 77.3), ("97166", 98.0, 115.1), ("GO", 142.0, 151.6),
                          ("1", 230.6, 234.0), ("11", 238.0, 244.8), ("240.00", 291.2, 310.0), ("98.20", 338.6, 354.0),
                          ("0.00", 386.0, 398.0), ("98.20", 426.6, 442.0), ("CO", 446.0, 455.2), ("45", 480.0, 486.8),
                          ("141.80", 549.2, 568.0), ("OT", 622.0, 630.5), ("evaluation,", 632.3, 662.0)])
          + boxes(317.2, [("02", 38.0, 44.8), ("01/06/2026", 46.5, 77.3), ("97533", 98.0, 115.1), ("GO", 142.0, 151.6),
                          ("1", 230.6, 234.0), ("11", 238.0, 244.8), ("90.00", 294.6, 310.0), ("31.20", 338.6, 354.0),
                          ("0.00", 386.0, 398.0), ("31.20", 426.6, 442.0), ("CO", 446.0, 455.2), ("45", 480.0, 486.8),
                          ("58.80", 552.6, 568.0), ("Sensory", 622.0, 644.6), ("integration", 646.3, 675.0)])
          + boxes(341.2, [("04", 38.0, 44.8), ("01/13/2026", 46.5, 77.3), ("97168", 98.0, 115.1), ("GO", 142.0, 151.6),
                          ("1", 230.6, 234.0), ("11", 238.0, 244.8), ("130.00", 291.2, 310.0), ("0.00", 342.0, 354.0),
                          ("0.00", 386.0, 398.0), ("0.00", 430.0, 442.0), ("CO", 446.0, 455.2), ("B15", 480.0, 490.9),
                          ("130.00", 549.2, 568.0), ("N381", 572.0, 586.7), ("OT", 622.0, 630.5)]))
    res = read(ws)
    got = [(ln.code, ln.billed, ln.allowed, ln.paid,
            tuple((a.group, a.reason, a.amount) for a in ln.adjustments), ln.remarks) for ln in lines_of(res)]
    assert got == [
        ("97166", Decimal("240.00"), Decimal("98.20"), Decimal("98.20"),
         (("CO", "45", Decimal("141.80")),), ()),
        ("97533", Decimal("90.00"), Decimal("31.20"), Decimal("31.20"),
         (("CO", "45", Decimal("58.80")),), ()),
        ("97168", Decimal("130.00"), Decimal("0.00"), Decimal("0.00"),
         (("CO", "B15", Decimal("130.00")),), ("N381",)),
    ]
    assert [c.patient for c in claims_of(res)] == ["Nakamura-Bell, Oren"]


def test_a_sidebar_group_number_beside_a_row_is_the_plans_not_a_service_code():
    """A member EOB's left sidebar prints "Group 00881 Fernhill Schools" level with the first service row. The
    five digits are shaped like a procedure code, but a label names them and the row has its own code, so the
    sidebar is still a panel and the table's heading and rows are read whole."""
    res = read_saved("sidebar_group_number")
    assert [(c.patient, c.claim_id, c.payer_claim_id, len(c.lines)) for c in claims_of(res)] == [
        ("Theo Achterberg", "0000418822", "NG-20260112-0071", 5), ("Ines Achterberg", "PH-2026-00931", "NG-20260116-0408", 2)]
    first = lines_of(res)[0]
    assert (first.code, first.modifiers, first.units, first.billed, first.discount, first.copay, first.paid,
            first.patient_owes) == ("92523", ("GN",), Decimal("1"), Decimal("290.00"), Decimal("84.10"),
                                    Decimal("35.00"), Decimal("170.90"), Decimal("35.00"))


def test_advice_opening_a_line_names_no_person():
    """"Be Informed: Protect yourself from Medicare fraud" is a notice's advice, not "Finn Strand: visit to ..."."""
    assert Field.PATIENT not in parse_labels(_line("Be Informed: Protect yourself from Medicare fraud"))
    assert Field.PATIENT not in parse_labels(_line("Get Help: call us at the number below"))
    assert parse_labels(_line("Finn Strand: visit to Cobblestone Speech"))[Field.PATIENT] == "Finn Strand"


def test_a_claims_place_in_the_notice_is_no_claim_number():
    """"Claim 3. Pinecrest Rehabilitation Associates ... Claim number 26017800412330": "3." says which claim of
    the notice this is; the number is the one its label names."""
    got = parse_labels(_line("Claim 3. Pinecrest Rehabilitation Associates (continued) Claim number 26017800412330"))
    assert "3." not in got.values()
    assert "26017800412330" in got.values()
    assert parse_labels(_line("Claim 1. Dunmore Medical Supply, 77 Laurel Pike, Dunmore, PA 18512")) == {}


def test_a_chart_number_opening_a_claim_heading_without_a_colon_keys_the_claim():
    """"Chart # 10447  Patient: Fairweather, Clement  Payer ICN: 2226027711380": with no account number printed,
    the practice's chart number is its own key to the claim, its label colon-less or not."""
    got = parse_labels(_line("Chart # 10447 Patient: Fairweather, Clement Payer ICN: 2226027711380 Claim status: Processed"))
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID], got[Field.PATIENT]) == (
        "10447", "2226027711380", "Fairweather, Clement")


def test_a_members_name_over_a_grouped_member_number_beside_the_title_names_the_patient():
    """A Medicare Advantage EOB prints its member's name at the top right, over "Member number SPA 0093 4410" (a
    letter prefix and digit groups), both level with the plan's name and the document's title. The title lines
    are no table heading, and the name over the number is the member's: the patient of its claims."""
    ws = (boxes(31.8, [("Silverpine", 40.0, 106.8), ("Advantage", 110.7, 182.2), ("(HMO)", 186.1, 228.1)], 14)
          + boxes(35.8, [("Harold", 484.6, 509.6), ("Q.", 512.0, 520.9), ("Vantongeren", 523.3, 571.9)], 8.5)
          + boxes(47.2, [("Member", 455.0, 484.4), ("number", 486.6, 513.7), ("SPA", 515.9, 531.9), ("0093", 534.1, 551.9),
                         ("4410", 554.1, 571.9)])
          + boxes(48.8, [("Medicare", 40.0, 75.0), ("Advantage", 77.3, 117.9), ("plan", 120.3, 136.3), ("-", 138.7, 141.5),
                         ("Explanation", 143.9, 188.3), ("of", 190.6, 197.7), ("Benefits", 200.1, 230.8), ("for", 233.1, 243.0),
                         ("medical", 245.4, 274.7), ("services", 277.0, 308.2)], 8.5)
          + boxes(169.4, [("Claim", 40.0, 64.5), ("number", 67.0, 100.0), ("SPA-2601-448210-0", 102.5, 185.0),
                          ("Provider:", 260.0, 294.0), ("Lakeview", 296.3, 331.8), ("Outpatient", 334.1, 373.3),
                          ("Rehab", 375.7, 400.7)])
          + boxes(197.5, [("Date", 40.0, 56.3), ("of", 58.3, 65.4), ("Medical", 100.0, 127.5), ("services", 129.6, 159.6),
                          ("Provider's", 293.6, 330.0), ("Plan's", 378.2, 400.0), ("Plan's", 448.2, 470.0), ("Your", 512.9, 530.0)],
                    7.5)
          + boxes(206.5, [("service", 40.0, 65.8), ("charge", 305.4, 330.0), ("approved", 366.2, 400.0), ("share", 450.0, 470.0),
                          ("share", 510.0, 530.0)], 7.5)
          + boxes(221.1, [("1/5/2026", 40.0, 71.1), ("PT", 100.0, 110.2), ("evaluation", 112.4, 151.1), ("(97162)", 229.3, 256.9),
                          ("$240.00", 301.1, 330.0), ("$110.40", 371.1, 400.0), ("$90.40", 445.5, 470.0), ("$20.00", 505.5, 530.0)])
          + boxes(235.1, [("1/5/2026", 40.0, 71.1), ("Therapeutic", 100.0, 142.2), ("exercises", 144.4, 178.2),
                          ("(97110)", 180.4, 208.0), ("$160.00", 301.1, 330.0), ("$73.60", 375.5, 400.0), ("$73.60", 445.5, 470.0),
                          ("$0.00", 510.0, 530.0)]))
    res = read(ws)
    (claim,) = claims_of(res)
    assert (claim.patient, claim.payer_claim_id, len(claim.lines)) == ("Harold Q. Vantongeren", "SPA-2601-448210-0", 2)
    assert claim.lines[0].allowed == Decimal("110.40")


def test_a_claim_number_printed_under_the_claims_sums_or_before_a_payment_is_the_claims():
    """"Filed to Brightwater Health Partners, claim #BW6620388; processed 01/30/2026" under a visit's rows, then a
    posted payment ("01/21/2026 Payment - thank you -30.00") or the account's sums ("Contractual allowance 822.70"),
    then the next visit or the page's notes: the insurer's claim number of the visit above."""
    head = boxes(60, [("Date", 40.0, 58.0), ("Patient", 80.0, 108.0), ("Description", 150.0, 196.0), ("CPT", 250.0, 265.0),
                      ("Units", 300.0, 320.0), ("Charges", 340.0, 370.0), ("Insurance", 390.0, 428.0), ("Balance", 460.0, 490.0)])
    head += boxes(69, [("Paid", 400.0, 418.0)])

    def row(y: float, code: str, amounts: tuple[str, str, str]) -> list:
        return boxes(y, [("01/05/2026", 40.0, 78.0), ("Mateo", 80.0, 102.0), ("Haugen", 104.0, 130.0), ("Therapy", 150.0, 180.0),
                         (code, 250.0, 272.0), ("1", 315.0, 319.0), (amounts[0], 345.0, 370.0), (amounts[1], 400.0, 425.0),
                         (amounts[2], 465.0, 490.0)])

    ws = (head + boxes(82, [("Visit", 40.0, 58.0), ("V-118204", 60.0, 100.0)])
          + row(93, "97166", ("240.00", "82.08", "95.52")) + row(104, "97530", ("95.00", "56.24", "14.06"))
          + boxes(115, [("Filed", 90.0, 108.0), ("to", 110.0, 118.0), ("Brightwater", 120.0, 160.0), ("Health,", 162.0, 190.0),
                        ("claim", 192.0, 212.0), ("#BW6620014;", 214.0, 262.0), ("processed", 264.0, 300.0), ("01/30/2026", 302.0, 340.0)])
          + boxes(126, [("01/21/2026", 40.0, 78.0), ("Payment", 120.0, 152.0), ("-", 154.0, 157.0), ("thank", 159.0, 180.0),
                        ("you", 182.0, 196.0), ("-30.00", 465.0, 490.0)])
          + boxes(137, [("Visit", 40.0, 58.0), ("V-118233", 60.0, 100.0)])
          + row(148, "92523", ("290.00", "173.00", "30.00"))
          + boxes(159, [("Total", 120.0, 140.0), ("charges", 142.0, 172.0), ("290.00", 345.0, 370.0)])
          + boxes(170, [("Claim", 120.0, 140.0), ("2026013100447", 142.0, 200.0), ("processed", 202.0, 238.0),
                        ("02/05/2026", 240.0, 278.0)])
          + boxes(181, [("Contractual", 120.0, 162.0), ("allowance", 164.0, 200.0), ("117.00", 345.0, 370.0)])
          + boxes(205, [("Questions?", 40.0, 80.0), ("Call", 82.0, 98.0), ("us", 100.0, 108.0), ("any", 110.0, 124.0),
                        ("weekday.", 126.0, 160.0)]))
    got = [(c.claim_id, c.payer_claim_id, len(c.lines)) for c in claims_of(read(ws))]
    assert got == [("V-118204", "BW6620014", 2), ("V-118233", "2026013100447", 1)]


def test_a_code_and_its_spaced_modifiers_run_into_the_charge_column_are_the_rows():
    """"Self-care/home management training - 97535 GO 82.00": the description, its code and modifiers printed
    after a dash, so long that "- 97535 GO" runs under the first amount's heading. The code and modifiers are
    the row's; the amount is the charge."""
    head = boxes(60, [("Date", 40.0, 55.2), ("Service", 112.0, 136.9), ("Amount", 283.3, 309.8), ("billed", 311.7, 329.9),
                      ("Plan", 346.1, 360.9), ("discount", 362.8, 391.9), ("Plan", 468.9, 483.6), ("paid", 485.5, 500.0),
                      ("Your", 515.0, 531.0), ("share", 533.0, 550.0)])
    ws = (head
          + boxes(72, [("01/13/26", 40.0, 69.2), ("Therapeutic", 112.0, 151.6), ("activities", 153.7, 185.3), ("-", 187.4, 189.9),
                       ("97530", 192.0, 212.8), ("GO", 214.9, 225.7), ("285.00", 307.1, 330.0), ("51.30", 373.2, 392.0),
                       ("138.96", 477.1, 500.0), ("94.74", 531.2, 550.0)])
          + boxes(84, [("01/13/26", 40.0, 69.2), ("Self-care/home", 112.0, 165.0), ("management", 167.0, 212.0),
                       ("training", 214.0, 243.0), ("-", 245.0, 247.5), ("97535", 249.6, 270.4), ("GO", 285.0, 295.8),
                       ("82.00", 311.2, 330.0), ("14.76", 373.2, 392.0), ("53.79", 481.2, 500.0), ("13.45", 531.2, 550.0)]))
    first, second = lines_of(read(ws))
    assert (first.code, first.modifiers, first.billed) == ("97530", ("GO",), Decimal("285.00"))
    assert (second.code, second.modifiers, second.billed, second.discount, second.paid) == (
        "97535", ("GO",), Decimal("82.00"), Decimal("14.76"), Decimal("53.79"))


def test_whom_a_claim_is_for_in_a_column_of_its_own_on_the_line():
    """"Plan year to date      Claim for Luz Etxeberria": a sidebar's words, then, past a column gap, the claim's
    heading naming its patient."""
    ln = group_lines(boxes(80, [("Plan", 40.0, 56.0), ("year", 58.0, 74.0), ("to", 76.0, 84.0), ("date", 86.0, 102.0),
                                ("Claim", 200.0, 222.0), ("for", 224.0, 236.0), ("Luz", 238.0, 252.0),
                                ("Etxeberria", 254.0, 294.0)]))[0]
    assert parse_labels(ln)[Field.PATIENT] == "Luz Etxeberria"
    assert parse_labels(_line("Medical claims for Theodore J. Marchetti Member ID H8812-0471-02"))[Field.PATIENT] \
        == "Theodore J. Marchetti"


def test_a_member_number_given_by_its_last_characters():
    """"FLORENCE M. KADLEC Medicare number ending in 7Q21": the member, and the end of their number."""
    got = parse_labels(_line("FLORENCE M. KADLEC Medicare number ending in 7Q21"))
    assert (got[Field.PATIENT], got[Field.MEMBER_ID]) == ("FLORENCE M. KADLEC", "7Q21")


def test_an_addressee_over_a_street_is_no_heading_beside_a_notices_summary():
    """"EUGENIA R. HOLLOWAY      Your Claims & Costs This Period" over "418 Larkspur Court, Apt 2      Did Medicare
    approve all services? NO": a name over its street, beside a summary's title and question. No table heading:
    the addressee is the notice's member, the patient of its claims."""
    ws = (boxes(60, [("EUGENIA", 48.0, 86.0), ("R.", 88.0, 96.0), ("HOLLOWAY", 98.0, 145.0), ("Your", 318.0, 338.0),
                     ("Claims", 340.0, 368.0), ("&", 370.0, 376.0), ("Costs", 378.0, 402.0), ("This", 404.0, 422.0),
                     ("Period", 424.0, 450.0)])
          + boxes(70, [("418", 48.0, 62.0), ("Larkspur", 64.0, 98.0), ("Court,", 100.0, 124.0), ("Apt", 126.0, 140.0),
                       ("2", 142.0, 146.0), ("Did", 318.0, 332.0), ("Medicare", 334.0, 370.0), ("approve", 372.0, 402.0),
                       ("all", 404.0, 414.0), ("services?", 416.0, 452.0), ("NO", 550.0, 564.0)])
          + boxes(80, [("Millbrook,", 48.0, 90.0), ("PA", 92.0, 104.0), ("17402-3319", 106.0, 150.0)])
          + boxes(120, [("Claim", 40.0, 62.0), ("number", 64.0, 94.0), ("26012300417520", 96.0, 160.0)])
          + boxes(135, [("Date", 40.0, 58.0), ("Service", 100.0, 130.0), ("Amount", 300.0, 330.0), ("Medicare", 360.0, 395.0),
                        ("You", 500.0, 515.0)])
          + boxes(144, [("Charged", 300.0, 330.0), ("Paid", 370.0, 390.0), ("owe", 500.0, 515.0)])
          + boxes(156, [("01/02/2026", 40.0, 80.0), ("Therapeutic", 100.0, 145.0), ("exercises", 147.0, 182.0),
                        ("(97110)", 184.0, 212.0), ("$240.00", 300.0, 330.0), ("$69.67", 365.0, 390.0), ("$17.77", 490.0, 515.0)]))
    (claim,) = claims_of(read(ws))
    assert (claim.patient, claim.payer_claim_id, claim.lines[0].code, claim.lines[0].paid) == (
        "EUGENIA R. HOLLOWAY", "26012300417520", "97110", Decimal("69.67"))


def _bare_row(y: float, text: str) -> list:
    """A report's row printed bare, its words one space apart."""
    return text_at(y, 36.0, text)


def test_a_row_under_no_heading_is_read_by_its_own_arithmetic():
    """A practice report printing its rows with no column headings at all: the charge is the first and largest
    amount, the payment is the charge less every adjustment printed on the row, the allowed amount the charge less
    the contractual adjustment, the coinsurance the amount equal to PR-2's. An amount nothing names (here the
    total of the adjustments and a 0.00) is not read; the row's person and first number key its claim."""
    ws = (_bare_row(60, "TheraDesk PM - Remittance Detail")
          + _bare_row(80, "Valdez-Moreau, Pilar IK-7731 K26027-00188 01/05/26 97166 GO 1 240.00 98.20 0.00 19.64 163.01 "
                          "76.99 CO45 141.80 PR2 19.64 CO253 1.57")
          + _bare_row(90, "Valdez-Moreau, Pilar IK-7731 K26027-00188 01/12/26 97530 GO,59 2 190.00 73.70 0.00 14.74 "
                          "132.22 57.78 CO45 116.30 PR2 14.74 CO253 1.18")
          + _bare_row(100, "Claim subtotal 430.00 171.90 0.00 34.38 295.23 134.77")
          + _bare_row(110, "Tran-Whitlock, Odile IK-7760 K26027-00217 01/16/26 0552T 1 95.00 0.00 0.00 0.00 95.00 0.00 "
                           "CO50 95.00 N115"))
    res = read(ws)
    assert [(c.patient, c.claim_id, len(c.lines)) for c in claims_of(res)] == [
        ("Valdez-Moreau, Pilar", "IK-7731", 2), ("Tran-Whitlock, Odile", "IK-7760", 1)]
    first, second, denied = lines_of(res)
    assert (first.service_date, first.code, first.modifiers, first.units, first.billed, first.allowed, first.coinsurance,
            first.paid, first.deductible) == (date(2026, 1, 5), "97166", ("GO",), Decimal("1"), Decimal("240.00"),
                                              Decimal("98.20"), Decimal("19.64"), Decimal("76.99"), None)
    assert [(a.group, a.reason, a.amount) for a in first.adjustments] == [
        ("CO", "45", Decimal("141.80")), ("PR", "2", Decimal("19.64")), ("CO", "253", Decimal("1.57"))]
    assert (second.modifiers, second.units, second.paid) == (("GO", "59"), Decimal("2"), Decimal("57.78"))
    assert (denied.code, denied.billed, denied.paid, denied.allowed, denied.remarks) == (
        "0552T", Decimal("95.00"), Decimal("0.00"), None, ("N115",))


def test_a_bare_row_whose_arithmetic_does_not_close_stays_unread():
    """The same bare row with a payment the adjustments do not explain: nothing names its amounts, so the row is
    listed as unread rather than guessed."""
    res = read(_bare_row(80, "Valdez-Moreau, Pilar IK-7731 01/05/26 97166 GO 1 240.00 98.20 0.00 19.64 163.01 70.00 "
                             "CO45 141.80 PR2 19.64 CO253 1.57"))
    assert lines_of(res) == []
    assert [u.reason for u in res.unread] == ["looks like a service line but no table heading was found above it"]


def test_claim_heading_wordings_of_sets_190_to_200():
    """Claim headings as fresh layouts printed them: a colon-less "patient" segment; a label's own first word
    ("Visit type:") kept off the name before it; the name after a member's number; the account number "with
    this provider"; a fiscal agent, who is no person."""
    got = parse_labels(_line("Visit V-58110 - billed to Granite State Mutual, claim GSM2601091190 - patient Priya Corrigan-Osei"))
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID], got[Field.PATIENT]) == (
        "V-58110", "GSM2601091190", "Priya Corrigan-Osei")
    got = parse_labels(_line("Account SB20260102-4471 Patient: BRANDT, OLUWASEUN Visit type: Outpatient therapy"))
    assert (got[Field.CLAIM_ID], got[Field.PATIENT]) == ("SB20260102-4471", "BRANDT, OLUWASEUN")
    got = parse_labels(_line("OFFICE ACCOUNT NUMBER OA-88120 CLIENT ID KN44719Q HARTLEY, JUNE TCN 26014-0029-118-00"))
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID], got[Field.PATIENT], got[Field.MEMBER_ID]) == (
        "OA-88120", "26014-0029-118-00", "HARTLEY, JUNE", "KN44719Q")
    got = parse_labels(_line("Claim number MA26011900553 Your account number with this provider BNR-440187"))
    assert (got[Field.PAYER_CLAIM_ID], got[Field.CLAIM_ID]) == ("MA26011900553", "BNR-440187")
    assert Field.PATIENT not in parse_labels(_line("Fiscal Agent: Meridian Claims Administration | P.O. Box 7301"))


def test_an_insurers_claim_number_in_brackets_with_its_payment():
    """"Payment - Cascade Crest Health Plan (claim CX7781204519) -$1,337.93" under an account's charges: the
    insurer's number for the claim above, its brackets no part of it."""
    assert parse_labels(_line("Payment - Cascade Crest Health Plan (claim CX7781204519) -$1,337.93")) == {
        Field.PAYER_CLAIM_ID: "CX7781204519"}


def test_a_rendering_provider_under_the_practice_keeps_the_claim():
    """"Practice: Cobblestone Rehab" over "Patient: ... Acct #: 88213 Payer Claim #: RW44710062018" over
    "Subscriber: ... Rendering: Hollis, Maren": the provider named again is the claim's rendering one, no new
    claim, so the rows under it keep the claim's numbers."""
    ws = (boxes(40, [("Practice:", 36.0, 70.0), ("Cobblestone", 72.0, 118.0), ("Rehab", 120.0, 142.0)])
          + boxes(52, [("Patient:", 36.0, 66.0), ("Castellanos,", 68.0, 116.0), ("Nora", 118.0, 136.0), ("Acct", 150.0, 166.0),
                       ("#:", 168.0, 176.0), ("88213", 178.0, 200.0), ("Payer", 214.0, 236.0), ("Claim", 238.0, 260.0),
                       ("#:", 262.0, 270.0), ("RW44710062018", 272.0, 330.0)])
          + boxes(64, [("Subscriber:", 36.0, 80.0), ("Castellanos,", 82.0, 130.0), ("Luis", 132.0, 148.0),
                       ("Rendering:", 170.0, 210.0), ("Hollis,", 212.0, 238.0), ("Maren", 240.0, 262.0)])
          + boxes(78, [("Svc", 36.0, 50.0), ("Date", 52.0, 70.0), ("Proc", 90.0, 108.0), ("Units", 140.0, 160.0),
                       ("Charge", 190.0, 216.0), ("Allowed", 240.0, 270.0), ("Paid", 300.0, 318.0)])
          + boxes(90, [("1/5/2026", 36.0, 70.0), ("97166", 90.0, 112.0), ("1", 156.0, 160.0), ("240.00", 192.0, 216.0),
                       ("170.40", 246.0, 270.0), ("40.32", 298.0, 318.0)]))
    assert [(c.claim_id, c.payer_claim_id, c.patient, len(c.lines)) for c in claims_of(read(ws))] == [
        ("88213", "RW44710062018", "Castellanos, Nora", 1)]


def test_a_panel_beside_a_claim_heading_still_starts_above_the_first_row():
    """A member EOB's right-hand panel ("Your plan year to date", "$0.00 of $0.00", "$312.44") runs level with
    the first claim's heading, whose line its amounts make service-shaped. The panel is counted from the first
    real service row, so it is cut off: the claim heading names the patient and numbers, and the heading row
    over the rows keeps its upper line ("Paid to Provider", "Member Owes")."""
    res = read_saved("panel_beside_claim_heading")
    assert [(c.patient, c.claim_id, c.payer_claim_id, len(c.lines)) for c in claims_of(res)][:2] == [
        ("Yusra Delacourt-Ibe", "VST-66120", "H00418823", 5), ("Kamal Delacourt-Ibe", "VST-66342", "H00419107", 4)]
    first = lines_of(res)[0]
    assert (first.code, first.billed, first.allowed, first.copay, first.paid, first.patient_owes) == (
        "97161", Decimal("220.00"), Decimal("180.40"), Decimal("40.00"), Decimal("140.40"), Decimal("40.00"))


def test_a_heading_showing_its_values_form_and_split_adjustment_headings():
    """"Adj Grp-Rsn: Amt" over "CO-45: $39.60" shows the values' form; its colon is no label, so the row is
    read under its heading. "Adj Grp" and "Adj RC" head the group and the reason of an adjustment."""
    ws = (boxes(60, [("Svc", 36.0, 50.0), ("date", 52.0, 68.0), ("Proc", 90.0, 108.0), ("Units", 130.0, 150.0),
                     ("Charge", 170.0, 196.0), ("Allowed", 210.0, 240.0), ("Adj", 260.0, 272.0), ("Grp-Rsn:", 274.0, 306.0),
                     ("Amt", 308.0, 322.0), ("Paid", 360.0, 378.0)])
          + boxes(72, [("2/9/2026", 36.0, 70.0), ("97161", 90.0, 112.0), ("1", 146.0, 150.0), ("$220.00", 166.0, 196.0),
                       ("$180.40", 210.0, 240.0), ("CO-45:", 260.0, 284.0), ("$39.60", 286.0, 312.0), ("$180.40", 350.0, 378.0)]))
    (ln,) = lines_of(read(ws))
    assert (ln.code, ln.billed, ln.allowed, ln.paid, [(a.group, a.reason, a.amount) for a in ln.adjustments]) == (
        "97161", Decimal("220.00"), Decimal("180.40"), Decimal("180.40"), [("CO", "45", Decimal("39.60"))])
    assert match_header("Adj Grp") is Field.ADJUSTMENT_GROUP and match_header("Adj RC") is Field.ADJUSTMENT_CODE


def test_claim_heading_wordings_of_sets_204_to_207():
    """A person before the first label, a relationship after the name; a sentence's "not a bill" before
    "Member number:"; "Care received by ..."; a department after the name; an insurer's number in brackets after
    a small-letter payment; the number of the claim a reversal reverses; a telephone number after "Member
    Services:"."""
    got = parse_labels(_line("Lune Halvorsen-Reyes (Daughter) Claim ID: BW26-0104-88213 Received 01/14/2026"))
    assert (got[Field.PATIENT], got[Field.PAYER_CLAIM_ID]) == ("Lune Halvorsen-Reyes", "BW26-0104-88213")
    assert parse_labels(_line("Statement of Claims Processed - not a bill Member number: HMX-5520-1187-04")) == {
        Field.MEMBER_ID: "HMX-5520-1187-04"}
    assert parse_labels(_line("Care received by Camila Ferreira-Dunn | Open Tide Occupational Therapy")) == {
        Field.PATIENT: "Camila Ferreira-Dunn"}
    got = parse_labels(_line("Hospital account SBLH-H6620417 Patient: Nadia Lindqvist-Amaro Hand therapy & imaging"))
    assert (got[Field.PATIENT], got[Field.CLAIM_ID]) == ("Nadia Lindqvist-Amaro", "SBLH-H6620417")
    assert parse_labels(_line("Coastal Bluewater PPO payment (claim CB7731950044) 341.48")) == {
        Field.PAYER_CLAIM_ID: "CB7731950044"}
    assert parse_labels(_line("CLAIM STATUS: REPLACEMENT OF ICN 2025351104476")) == {}
    assert Field.PAYER_CLAIM_ID not in parse_labels(_line("CLAIM STATUS: REVERSAL OF ICN 2025351104476"))
    assert parse_labels(_line("CORINNE ABERNATHY Member Services: 1-877-555-0128, 8 am - 8 pm, 7 days")) == {}


def test_a_count_before_a_wrapped_description_whose_code_is_on_the_next_line():
    """A Medicare notice's "01/22/26 1 Self-care/home management training Yes $82.00 ..." over "(97535-GO-CO)": the
    count before the service's words is its units even though its code comes on the line under it."""
    ws = (boxes(60, [("Service", 30.0, 58.0), ("Services", 92.0, 124.0), ("Provided", 126.0, 158.0), ("Approved?", 300.0, 338.0),
                     ("Charged", 366.0, 390.0), ("Approved", 420.0, 446.0), ("Paid", 480.0, 500.0), ("Billed", 530.0, 552.0)])
          + boxes(70, [("Date", 30.0, 48.0)])
          + boxes(82, [("01/22/26", 30.0, 60.5), ("2", 86.0, 90.3), ("Therapeutic", 92.5, 134.2), ("activities", 136.3, 167.5),
                       ("(97530-GO-KX)", 169.6, 222.1), ("Yes", 311.9, 324.0), ("$190.00", 362.0, 390.0), ("$73.70", 422.2, 446.0),
                       ("$57.78", 476.2, 500.0), ("$14.74", 528.0, 552.0)])
          + boxes(92, [("01/22/26", 30.0, 60.5), ("1", 86.0, 90.3), ("Self-care/home", 92.5, 144.5), ("management", 146.6, 191.5),
                       ("training", 193.7, 221.2), ("Yes", 311.9, 324.0), ("$82.00", 366.2, 390.0), ("$32.40", 422.2, 446.0),
                       ("$25.40", 476.2, 500.0), ("$6.48", 532.5, 552.0)])
          + boxes(102, [("(97535-GO-CO)", 92.0, 145.3)]))
    first, second = lines_of(read(ws))
    assert (first.code, first.units) == ("97530", Decimal("2"))
    assert (second.code, second.modifiers, second.units, second.billed, second.paid) == (
        "97535", ("GO", "CO"), Decimal("1"), Decimal("82.00"), Decimal("25.40"))


def test_a_label_with_no_value_before_the_next_label():
    """"CNTL #:      REM: N425" under a paper remit's row: the line's control number is empty, and the remark is
    N425."""
    assert parse_labels(_line("CNTL #: REM: N425")) == {Field.REMARKS: "N425"}


def test_claim_heading_wordings_of_earlier_sets_with_low_claim_fields():
    """"Your account # with provider: A0044502", a label's bracketed note ("Provider ref. no. (on your bill):"), a
    member number with a family suffix ("GPH 5520 1174-03") after a name and relationship, and the abbreviations
    "ACC" and "CLM" before numbers, none of them part of the person's name before them."""
    got = parse_labels(_line("Claim ID MA26013000766 Provider: Lakeshore Senior Rehabilitation, PT Dept. "
                             "Your account # with provider: A0044502"))
    assert (got[Field.PROVIDER], got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == (
        "Lakeshore Senior Rehabilitation, PT Dept.", "A0044502", "MA26013000766")
    got = parse_labels(_line("Claim ID 7731-0047-208 | Harbor Kids Occupational Therapy | Provider ref. no. (on your bill): "
                             "HK-55120"))
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == ("HK-55120", "7731-0047-208")
    got = parse_labels(_line("Elin Lindqvist (Daughter) Member ID GPH 5520 1174-03"))
    assert (got[Field.PATIENT], got[Field.MEMBER_ID]) == ("Elin Lindqvist", "GPH 5520 1174-03")
    got = parse_labels(_line("Patient: Lindgren, Thaddeus ACC 00502 ICN 26014880032019 Status: Processed as primary"))
    assert (got[Field.PATIENT], got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == (
        "Lindgren, Thaddeus", "00502", "26014880032019")
    got = parse_labels(_line("INV 61298 - filed with Tidewater Health Partners, CLM 90-4472043"))
    assert (got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == ("61298", "90-4472043")
    # (a letter prefix of a labelled value stays the value's: "Acct #: ACC 77120", "claim CLM 7781045520")
    assert parse_labels(_line("Provider: Mesa Verde Occupational Therapy Patient Acct #: ACC 77120"))[Field.CLAIM_ID] \
        == "ACC 77120"
    assert parse_labels(_line("INV 30418 Billed to Pinecrest Mutual, claim CLM 7781045520"))[Field.PAYER_CLAIM_ID] \
        == "CLM 7781045520"


def test_claim_heading_wordings_of_sets_208_to_210():
    """A Medicaid claim line "RECIP NAME WASHBURN, KEELY R  MA ID 7104418820  TCN ...  PAT CNTL KR-0211": the name
    ends before the two-word label after it, and "PAT CNTL" keys the claim."""
    got = parse_labels(_line("RECIP NAME WASHBURN, KEELY R MA ID 7104418820 TCN 2602812004410 PAT CNTL KR-0211"))
    assert (got[Field.PATIENT], got[Field.MEMBER_ID], got[Field.PAYER_CLAIM_ID], got[Field.CLAIM_ID]) == (
        "WASHBURN, KEELY R", "7104418820", "2602812004410", "KR-0211")


def test_a_family_members_name_with_relationship_over_their_claim():
    """"Stefan Hale (Spouse)" alone on its line, right over "Claim # H6A0123-017 Acct # RH-9031 ...": that claim is
    his. A list of such names with no claim under them ("Covered on this statement") names no one's claim."""
    def row(y: float, code: str) -> list:
        return boxes(y, [("01/13/26", 36.0, 70.0), (code, 80.0, 102.0), ("1", 130.0, 134.0), ("120.00", 160.0, 186.0),
                         ("98.40", 210.0, 232.0), ("63.40", 260.0, 282.0)])

    head = [("Svc", 36.0, 50.0), ("date", 52.0, 68.0), ("Procedure", 80.0, 118.0), ("Units", 126.0, 146.0),
            ("Charges", 156.0, 186.0), ("Covered", 200.0, 232.0), ("We", 250.0, 262.0), ("paid", 264.0, 282.0)]
    ws = (_bare_row(40, "Renata Vukovic-Hale (Subscriber)") + _bare_row(50, "Claim # H6A0119-004 Acct # CB-55120")
          + boxes(60, head) + row(72, "97163")
          + _bare_row(90, "Stefan Hale (Spouse)") + _bare_row(100, "Claim # H6A0123-017 Acct # RH-9031")
          + boxes(110, head) + row(122, "97760")
          + _bare_row(150, "Covered on this statement") + _bare_row(160, "Renata Vukovic-Hale (Subscriber)")
          + _bare_row(170, "Stefan Hale (Spouse)") + _bare_row(180, "Nadia Hale (Dependent)"))
    assert [(c.patient, c.claim_id, len(c.lines)) for c in claims_of(read(ws))] == [
        ("Renata Vukovic-Hale", "CB-55120", 1), ("Stefan Hale", "RH-9031", 1)]


def test_an_addressee_over_a_flat_and_street_names_the_member():
    """"Rosalind T. Vandermeer" over "Apt 12B, 3400 Linden Terrace" atop a Medicare Advantage EOB: the addressee, the
    member whose claims follow."""
    ws = (boxes(40, [("Rosalind", 40.0, 76.0), ("T.", 78.0, 86.0), ("Vandermeer", 88.0, 136.0), ("Your", 300.0, 320.0),
                     ("plan", 322.0, 340.0), ("at", 342.0, 350.0), ("a", 352.0, 356.0), ("glance", 358.0, 386.0)])
          + boxes(50, [("Apt", 40.0, 54.0), ("12B,", 56.0, 74.0), ("3400", 76.0, 96.0), ("Linden", 98.0, 124.0),
                       ("Terrace", 126.0, 156.0)])
          + boxes(60, [("Northmoor,", 40.0, 84.0), ("MN", 86.0, 98.0), ("55420", 100.0, 124.0)])
          + boxes(90, [("Claim", 40.0, 62.0), ("number", 64.0, 94.0), ("EL26-0104-771", 96.0, 150.0)])
          + boxes(104, [("Date", 40.0, 58.0), ("Service", 100.0, 130.0), ("Charged", 300.0, 330.0), ("Approved", 350.0, 385.0),
                        ("Paid", 410.0, 428.0), ("You", 460.0, 475.0), ("owe", 477.0, 492.0)])
          + boxes(116, [("01/06/2026", 40.0, 80.0), ("Therapeutic", 100.0, 145.0), ("exercises", 147.0, 182.0),
                        ("(97110)", 184.0, 212.0), ("$160.00", 300.0, 330.0), ("$59.24", 359.0, 385.0), ("$29.24", 402.0, 428.0),
                        ("$30.00", 466.0, 492.0)]))
    (claim,) = claims_of(read(ws))
    assert (claim.patient, claim.payer_claim_id, claim.lines[0].paid) == (
        "Rosalind T. Vandermeer", "EL26-0104-771", Decimal("29.24"))


def test_a_date_printed_under_each_row_dates_the_row_above():
    """A Medicare notice printing each service's date on the line under it ("PT evaluation ... (97163) Yes
    $265.00 ..." over "Jan 6, 2026"): the date is that row's, not a heading of the rows after it."""
    head = [("Service", 40.0, 70.0), ("Provided", 72.0, 106.0), ("Approved?", 230.0, 268.0), ("Charged", 290.0, 320.0),
            ("Approved", 340.0, 376.0), ("Paid", 400.0, 418.0), ("Billed", 450.0, 474.0)]
    ws = (boxes(60, head)
          + boxes(72, [("PT", 40.0, 50.0), ("evaluation", 52.0, 92.0), ("(97163)", 94.0, 124.0), ("Yes", 236.0, 250.0),
                       ("$265.00", 290.0, 320.0), ("$101.12", 346.0, 376.0), ("$47.92", 393.0, 418.0), ("$52.22", 449.0, 474.0)])
          + boxes(85, [("Jan", 40.0, 54.0), ("6,", 56.0, 62.0), ("2026", 64.0, 84.0)])
          + boxes(99, [("Therapeutic", 40.0, 84.0), ("exercises", 86.0, 122.0), ("(97110)", 124.0, 152.0), ("Yes", 236.0, 250.0),
                       ("$160.00", 290.0, 320.0), ("$59.24", 350.0, 376.0), ("$46.44", 393.0, 418.0), ("$11.85", 449.0, 474.0)])
          + boxes(112, [("Jan", 40.0, 54.0), ("13,", 56.0, 66.0), ("2026", 68.0, 88.0)]))
    first, second = lines_of(read(ws))
    assert (first.code, first.service_date, second.code, second.service_date) == (
        "97163", date(2026, 1, 6), "97110", date(2026, 1, 13))


def test_heading_and_label_forms_of_sets_212_to_215():
    """"Plan-" over "approved": a compound's hyphen at a line's end; "Invoice 48813 totals ..." and "Acct #: 40917"
    name numbers, never procedure codes, so neither line is read as a service."""
    assert match_header("Plan- approved") is Field.ALLOWED and match_header("Deduct- ible") is Field.DEDUCTIBLE
    ws = (boxes(60, [("Date", 40.0, 58.0), ("Code", 80.0, 98.0), ("Service", 120.0, 150.0), ("Charges", 250.0, 280.0),
                     ("Ins", 300.0, 312.0), ("paid", 314.0, 330.0), ("Balance", 360.0, 390.0)])
          + boxes(72, [("01/05/2026", 40.0, 78.0), ("92523", 80.0, 102.0), ("Speech", 120.0, 146.0), ("1", 230.0, 234.0),
                       ("290.00", 256.0, 280.0), ("185.60", 306.0, 330.0), ("46.40", 366.0, 390.0)])
          + boxes(84, [("Invoice", 120.0, 148.0), ("48813", 150.0, 172.0), ("totals", 174.0, 198.0), ("290.00", 256.0, 280.0),
                       ("185.60", 306.0, 330.0), ("46.40", 366.0, 390.0)]))
    assert [ln.code for ln in lines_of(read(ws))] == ["92523"]
    got = parse_labels(_line("Patient: GARZA-HOLT, BENNY Acct #: 40917 Payer Claim #: 2026012874410 Status: 1 - Processed "
                             "as Primary Charge 455.00 Paid 244.72"))
    assert (got[Field.PATIENT], got[Field.CLAIM_ID], got[Field.PAYER_CLAIM_ID]) == (
        "GARZA-HOLT, BENNY", "40917", "2026012874410")


def test_a_claim_heading_with_its_totals_and_an_account_number_after_a_number_sign():
    """"Patient: GARZA-HOLT, BENNY  Acct #: 40917  Payer Claim #: 2026012874410 ... Charge 455.00 Paid 244.72": the
    five digits after "Acct #:" are the account, not a procedure code, so the line opens the claim its rows follow."""
    ws = (boxes(60, [("Svc", 36.0, 50.0), ("Date", 52.0, 70.0), ("Proc", 90.0, 108.0), ("Units", 140.0, 160.0),
                     ("Charged", 180.0, 210.0), ("Allowed", 230.0, 260.0), ("Paid", 300.0, 318.0)])
          + text_at(72, 36.0, "Patient: GARZA-HOLT, BENNY Acct #: 40917 Payer Claim #: 2026012874410 Charge 455.00 Paid 244.72")
          + boxes(84, [("01/06/2026", 36.0, 74.0), ("97161", 90.0, 112.0), ("1.00", 144.0, 160.0), ("220.00", 186.0, 210.0),
                       ("180.40", 236.0, 260.0), ("84.32", 296.0, 318.0)]))
    assert [(c.patient, c.claim_id, c.payer_claim_id, len(c.lines)) for c in claims_of(read(ws))] == [
        ("GARZA-HOLT, BENNY", "40917", "2026012874410", 1)]


def test_modifiers_in_one_or_two_bands_right_of_the_codes_under_no_heading():
    """Columns read from the rows' own geometry: "GP," and "KX" printed right of the procedure codes, each in a band
    of its own with no heading word over it, are the code's modifiers."""
    from eobreader.sources.pdf_layout import infer_header

    rows = [text_at(80 + 12 * k, 36.0, "01/09/26 Therapy 97110 GP, KX 2 $160.00 $88.00 $63.00") for k in range(3)]
    lines = group_lines(boxes(68, [("Code", 110.0, 128.0), ("Charge", 190.0, 216.0)]) + [w for r in rows for w in r])
    hdr = infer_header(lines, 1)
    assert hdr is not None
    assert [c.field for c in hdr.columns if c.field is Field.MODIFIERS] == [Field.MODIFIERS, Field.MODIFIERS]
