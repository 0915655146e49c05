"""General mechanisms of the PDF reader added for the third held-out round, each on synthetic word lists
(no PDF): column separators printed as characters, a service row whose amounts come on the next text line,
identifiers that keep a claim heading from being read as a table heading, page columns, dates printed only
in a visit heading, several payer columns, and column namings checked by the document's own arithmetic."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pdfwords import claims_of, lines_of, read, row

from eobreader.sources.pdf_words import Word


def test_pipe_separated_fixed_width_table():
    # "LN | DOS | PROC/MOD | ..." in capitals: the bars are column gaps, not words of the cells
    ch = 4.8

    def mono(y: float, s: str) -> list[Word]:
        out, pos = [], 30.0
        for part in s.split(" "):
            if part:
                out.append(Word(part, pos, pos + len(part) * ch, y, y + 8, 8))
            pos += (len(part) + 1) * ch
        return out

    ws = mono(100, "CLAIM: 26031A00512 | PATIENT: DOE, JANE | STATUS: PAID")
    ws += mono(112, "LN | DOS        | PROC/MOD  | UNITS | BILLED  | ALLOWED | PAID    | PT RESP | ADJ")
    ws += mono(124, "01 | 2026-01-07 | 97161GP   | 1.0   | 220.00  | 180.40  | 150.00  | 30.40   | CO45")
    ws += mono(136, "02 | 2026-01-07 | 97110GP59 | 2.0   | 160.00  | 131.20  | 100.00  | 31.20   | CO45")
    ws += mono(148, "*** CONTINUED ON NEXT PAGE ***")
    res = read(ws)
    lines = lines_of(res)
    assert [(ln.code, ln.modifiers, ln.units) for ln in lines] == [
        ("97161", ("GP",), Decimal("1.0")), ("97110", ("GP", "59"), Decimal("2.0"))]
    assert lines[1].paid == Decimal("100.00") and lines[1].patient_owes == Decimal("31.20")
    assert claims_of(res)[0].payer_claim_id == "26031A00512"
    assert res.accounting.balanced()


def test_service_row_with_amounts_on_next_line():
    # the service row prints date, code, units and description; the text line under it carries the
    # amounts and adjustments; the claim total below stays a total
    cols = [(30, "Service Date"), (90, "Proc"), (120, "Mod"), (145, "Units"), (175, "Description"),
            (300, "Billed"), (340, "Allowed"), (380, "Paid"), (420, "Adjustments")]
    ws = row(80, cols)
    ws += row(92, [(30, "01/05/2026"), (90, "97165"), (120, "GO"), (145, "1"), (175, "OT evaluation, low")])
    ws += row(102, [(186, "Line total"), (300, "210.00"), (340, "163.80"), (380, "99.04"), (420, "CO-45 46.20")])
    ws += row(115, [(30, "01/05/2026"), (90, "97530"), (120, "GO"), (145, "3"), (175, "Therapeutic activities")])
    ws += row(125, [(186, "Line total"), (300, "285.00"), (340, "222.30"), (380, "177.84"), (420, "CO-45 62.70")])
    ws += row(138, [(177, "Claim total"), (300, "495.00"), (340, "386.10"), (380, "276.88")])
    res = read(ws)
    lines = lines_of(res)
    assert [(ln.code, ln.modifiers, ln.units, ln.service_date, ln.billed, ln.paid) for ln in lines] == [
        ("97165", ("GO",), Decimal("1"), date(2026, 1, 5), Decimal("210.00"), Decimal("99.04")),
        ("97530", ("GO",), Decimal("3"), date(2026, 1, 5), Decimal("285.00"), Decimal("177.84")),
    ]
    assert lines[0].adjustments[0].amount == Decimal("46.20")
    assert "Line total" not in lines[0].description and "OT evaluation" in lines[0].description
    assert claims_of(res)[0].totals.billed == Decimal("495.00")
    assert res.accounting.balanced()


def test_claim_heading_with_identifier_is_not_a_stacked_table_heading():
    # "Claim SRC-7781-0042 | Patient ..." right above the table heading: the identifier marks it as values
    ws = row(80, [(35, "Claim SRC-7781-0042"), (130, "|"), (140, "Patient Quinn Doe"), (250, "|"), (260, "Provider acct TRT-5512")])
    ws += row(94, [(60, "From - To"), (160, "Procedure"), (210, "Qty"), (240, "Charge"), (280, "Eligible"),
                   (330, "Benefit"), (380, "Member Resp."), (440, "Msg")])
    ws += row(107, [(38, "01/05/2026 - 01/26/2026"), (160, "92507/GN"), (210, "4.0"), (240, "640.00"), (280, "544.00"),
                    (330, "240.80"), (380, "303.20"), (440, "22")])
    lines = lines_of(read(ws))
    assert len(lines) == 1 and lines[0].code == "92507" and lines[0].service_end == date(2026, 1, 26)
    assert lines[0].allowed == Decimal("544.00")


def test_visit_date_printed_only_in_the_heading_and_bilingual_labels():
    # the table has no date column: the date written in words in the visit heading is the lines' date;
    # "Child / Niño(a):" names the patient by its first language, the translation is ignored
    ws = row(60, [(49, "Visit on January 5, 2026"), (220, "Claim / Reclamo: CH260105-88-04417")])
    ws += row(72, [(49, "Child / Niño(a): Sofia Bell")])
    ws += row(90, [(45, "Service"), (200, "Code"), (240, "Units"), (280, "Provider billed"), (350, "Allowed"),
                   (400, "CHIP paid"), (450, "Your copay")])
    ws += row(104, [(45, "Therapeutic activities"), (200, "97530"), (240, "2"), (280, "$190.00"), (350, "$73.70"),
                    (400, "$68.70"), (450, "$5.00")])
    res = read(ws)
    lines = lines_of(res)
    assert len(lines) == 1 and lines[0].service_date == date(2026, 1, 5) and lines[0].code == "97530"
    c = claims_of(res)[0]
    assert c.patient == "Sofia Bell" and c.payer_claim_id == "CH260105-88-04417"


def test_two_page_columns_read_region_by_region():
    # two claims side by side: a wide white gap runs down the page between two tables; each side is read
    # as its own region (left first), so no row takes amounts from the other side
    def side(x: float, y: float, vals: list[str]) -> list[Word]:
        cols = [x, x + 40, x + 85, x + 105, x + 150, x + 195]
        return row(y, list(zip(cols, vals)))

    head = ["Date", "Service", "Qty", "Billed", "Allowed", "Plan paid"]
    ws = row(40, [(30, "Ava Doe"), (330, "Ben Doe")])
    ws += side(30, 55, head) + side(330, 55, head)
    ws += side(30, 67, ["1/5/26", "97165GO", "1", "$210.00", "$168.00", "$86.40"])
    ws += side(330, 67, ["1/27/26", "92507GN", "1", "$160.00", "$128.00", "$102.40"])
    ws += side(30, 79, ["1/5/26", "97530GO", "2", "$190.00", "$152.00", "$121.60"])
    ws += side(330, 79, ["1/29/26", "92526GN", "1", "$150.00", "$120.00", "$96.00"])
    res = read(ws)
    got = [(ln.code, ln.billed, ln.allowed, ln.paid) for ln in lines_of(res)]
    assert got == [
        ("97165", Decimal("210.00"), Decimal("168.00"), Decimal("86.40")),
        ("97530", Decimal("190.00"), Decimal("152.00"), Decimal("121.60")),
        ("92507", Decimal("160.00"), Decimal("128.00"), Decimal("102.40")),
        ("92526", Decimal("150.00"), Decimal("120.00"), Decimal("96.00")),
    ]
    assert res.accounting.balanced()


def test_one_wide_table_is_not_split_into_page_columns():
    # one row with a code at each end is no page column: a second service needs a code AND amounts
    head = [(30, "Date"), (80, "Code"), (130, "Billed"), (180, "Paid"), (300, "Remark")]
    ws = row(55, head)
    ws += row(67, [(30, "1/5/26"), (80, "97110"), (130, "$100.00"), (180, "$80.00"), (300, "N130")])
    ws += row(79, [(30, "1/6/26"), (80, "97112"), (130, "$90.00"), (180, "$70.00"), (300, "M15")])
    lines = lines_of(read(ws))
    assert [(ln.code, ln.paid, ln.remarks) for ln in lines] == [
        ("97110", Decimal("80.00"), ("N130",)), ("97112", Decimal("70.00"), ("M15",))]
