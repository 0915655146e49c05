"""General mechanisms of the PDF reader that make it read layouts it was never shown, each on synthetic
word lists (no PDF): tolerant headings (stacked, abbreviated, cut by the values under them), value
shapes written as several words, line-number and percentage columns, payer reason codes, legends
that end in a table, text far below a table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pdfwords import page, right, words_at

from eobreader.sources.pdf import parse_pages
from eobreader.sources.pdf_layout import (
    TextLine,
    find_header,
    join_values,
    split_by_bands,
    token_kind,
    value_bands,
)
from eobreader.sources.pdf_words import Word
from eobreader.values import parse_money
from eobreader.vocab import Field, match_header


def spaced(y: float, x: float, text: str, size: float = 8.0, ch: float = 4.8) -> list[Word]:
    out, pos = [], 0
    for part in text.split(" "):
        if part:
            out.append(Word(part, x + pos * ch, x + (pos + len(part)) * ch, y, y + size, size))
        pos += len(part) + 1
    return out


def tl(words: list[Word], n: int = 1) -> TextLine:
    return TextLine(1, n, tuple(sorted(words, key=lambda w: w.x0)))


# ------------------------------------------------------------------------------------- vocabulary

def test_trade_words_are_known_headings():
    want = {
        "Reduction": Field.DISCOUNT, "REDUCTION": Field.DISCOUNT, "Benefit": Field.PAID, "Eligible": Field.ALLOWED,
        "Ineligible": Field.NOT_COVERED, "Member Resp.": Field.PATIENT_OWES, "Your Balance": Field.PATIENT_OWES,
        "Plan Payment": Field.PAID, "Applied to Deductible": Field.DEDUCTIBLE, "Co-ins": Field.COINSURANCE,
        "Co-pay": Field.COPAY, "Msg": Field.REMARKS, "RSN": Field.ADJUSTMENT_CODE, "From - To": Field.SERVICE_DATE,
        "Svc Code": Field.CODE, "LN": Field.LINE_NUMBER, "Line #": Field.LINE_NUMBER, "% Pd": Field.PERCENT,
        "Coins %": Field.PERCENT, "Patient Pays": Field.PATIENT_OWES, "Pt Liab": Field.PATIENT_OWES,
        "Claimant": Field.PATIENT, "Plan Benefit": Field.PAID, "Adj Grp/Rsn": Field.ADJUSTMENT_CODE,
    }
    assert {t: match_header(t) for t in want} == want
    # words that merely contain a trade word keep their own meaning
    assert match_header("Line Charge") is Field.BILLED
    assert match_header("Other Liability") is None


# ------------------------------------------------------------------------------------- value shapes

def test_values_written_as_several_words_are_joined():
    ws = words_at(10, [(10, "Jan"), (26, "05,"), (43, "2026"), (90, "$"), (96, "285.00"), (150, "95.00"), (174, "CR"),
                       (220, "01/05/2026"), (266, "-"), (272, "01/26/2026"), (340, "Therapy"), (375, "visit")])
    got = [w.text for w in join_values(ws)]
    assert got == ["Jan 05, 2026", "$ 285.00", "95.00 CR", "01/05/2026 - 01/26/2026", "Therapy", "visit"]
    assert [token_kind(t) for t in got[:4]] == ["date", "money", "money", "date"]
    # words a column gap apart stay apart
    far = words_at(10, [(10, "Jan"), (60, "05,"), (110, "2026")])
    assert len(join_values(far)) == 3


def test_credit_amounts_and_slash_modifiers():
    assert parse_money("95.00CR") == Decimal("-95.00")
    assert parse_money("$ 285.00") == Decimal("285.00")
    assert token_kind("92507/GN") == "code"


# ------------------------------------------------------------------------------------- headings

def test_abbreviation_with_a_full_stop_is_not_prose():
    head = tl(words_at(100, [(60, "From"), (80, "-"), (86, "To"), (131, "Procedure"), (180, "Qty"), (209, "Charge"),
                             (249, "Ineligible"), (295, "Eligible"), (334, "Deductible"), (379, "Co-pay"), (416, "Co-ins"),
                             (456, "Benefit"), (492, "Member"), (522, "Resp."), (556, "Msg")]))
    h = find_header([head], 0)
    assert h is not None
    assert [c.field for c in h.columns] == [
        Field.SERVICE_DATE, Field.CODE, Field.UNITS, Field.BILLED, Field.NOT_COVERED, Field.ALLOWED, Field.DEDUCTIBLE,
        Field.COPAY, Field.COINSURANCE, Field.PAID, Field.PATIENT_OWES, Field.REMARKS]
    prose = tl(words_at(100, [(30, "Your"), (52, "plan"), (74, "paid."), (100, "You"), (120, "owe"), (140, "the"),
                              (160, "rest")]))
    assert find_header([prose], 0) is None


def test_values_under_headings_cut_a_heading_that_spans_two_columns():
    # "Your" over "Balance" and "Msg" printed so close that they read as one phrase "Your Msg"
    top = words_at(100, [(380, "Plan"), (430, "Your"), (451, "Msg")], size=6.6, ch=3.3)
    bottom = words_at(108, [(372, "Payment"), (425, "Balance")], size=6.6, ch=3.3)
    rows = [tl(right(120, [(400, "$110.25"), (450, "$36.75")], size=6.8) + words_at(120, [(452, "M01")], size=6.8), 3),
            tl(right(132, [(400, "$78.75"), (450, "$26.25")], size=6.8) + words_at(132, [(452, "M01")], size=6.8), 4)]
    cells = [(top[:1] + bottom[:1], Field.PAID), (top[1:] + bottom[1:], match_header("Your Msg Balance"))]
    bands = value_bands(rows)
    assert len(bands) == 3
    got = split_by_bands(cells, bands)
    assert [(" ".join(w.text for w in ws), f) for ws, f in got] == [
        ("Plan Payment", Field.PAID), ("Your Balance", Field.PATIENT_OWES), ("Msg", Field.REMARKS)]
    # a cut that would leave a part no heading names is not made
    odd = [(top[1:] + bottom[1:], None)]
    weird_bands = [(420.0, 440.0), (449.0, 470.0)]
    assert len(split_by_bands([(odd[0][0][:1] + odd[0][0][2:], None)], weird_bands)) == 1


def test_two_line_headings_and_a_tight_table_read_every_column():
    w: list[Word] = []
    w += words_at(40, [(30, "Claim"), (52, "#:"), (64, "NV-1")])
    w += words_at(60, [(30, "Date"), (50, "of"), (100, "Svc"), (160, "Amount"), (210, "Plan"), (250, "Your"), (271, "Msg")])
    w += words_at(68, [(30, "Service"), (100, "Code"), (165, "Billed"), (200, "Payment"), (245, "Balance")])
    w += words_at(82, [(30, "Jan"), (46, "05,"), (62, "2026"), (100, "97165"), (127, "GO")]) + \
        right(82, [(190, "$210.00"), (240, "$147.00"), (270, "$63.00")]) + words_at(82, [(272, "M01")])
    w += words_at(94, [(30, "Jan"), (46, "19,"), (62, "2026"), (100, "97140")]) + \
        right(94, [(190, "$150.00"), (240, "$105.00"), (270, "$45.00")]) + words_at(94, [(272, "M01")])
    res = parse_pages("x.pdf", [page(w)])
    lines = res.statements[0].lines()
    assert [(ln.code, ln.service_date, ln.billed, ln.paid, ln.patient_owes, ln.remarks) for ln in lines] == [
        ("97165", date(2026, 1, 5), Decimal("210.00"), Decimal("147.00"), Decimal("63.00"), ("M01",)),
        ("97140", date(2026, 1, 19), Decimal("150.00"), Decimal("105.00"), Decimal("45.00"), ("M01",))]
    assert res.accounting.balanced() and not res.unread


# ------------------------------------------------------------------------- columns that are not values

def test_line_number_and_percent_columns_are_not_units_or_amounts():
    w: list[Word] = []
    w += words_at(60, [(30, "Line"), (60, "Service"), (90, "Date"), (140, "Proc"), (162, "Code"), (230, "Charge"),
                       (280, "%"), (290, "Pd"), (330, "Plan"), (352, "Benefit"), (400, "Patient"), (432, "Pays")])
    w += words_at(72, [(34, "1"), (60, "01-05-2026"), (140, "92526")]) + \
        right(72, [(262, "$ 150.00"), (300, "80"), (380, "$ 120.00"), (450, "$ 30.00")])
    w += words_at(84, [(34, "2"), (60, "01-09-2026"), (140, "97530"), (166, "GO")]) + \
        right(84, [(262, "$ 190.00"), (300, "80"), (380, "$ 152.00"), (450, "$ 38.00")])
    res = parse_pages("x.pdf", [page(w)])
    lines = res.statements[0].lines()
    assert [(ln.code, ln.modifiers, ln.units, ln.billed, ln.paid, ln.patient_owes) for ln in lines] == [
        ("92526", (), None, Decimal("150.00"), Decimal("120.00"), Decimal("30.00")),
        ("97530", ("GO",), None, Decimal("190.00"), Decimal("152.00"), Decimal("38.00"))]


def test_fixed_width_review_after_a_legend_heading_with_payer_reason_codes():
    rows = [
        "MUTUAL CASUALTY CO.          EXPLANATION OF REVIEW",
        "CLAIMANT: DOE, JANE            CLAIM NO: WC-1  BILL ID: 44719",
        "-----------------------------------------------------------------------",
        " LN DOS        CODE   MOD     UNITS     BILLED  REDUCTION    ALLOWED       PAID  RSN",
        "-----------------------------------------------------------------------",
        "  1 01/05/2026 97163  GP       1.00     265.00     163.88     101.12     101.12  R12",
        "  2 01/05/2026 97140  GP 59    2.00     150.00      95.78      54.22      54.22  R12 W3",
        "-----------------------------------------------------------------------",
        "BILL TOTALS                  415.00     259.66     155.34     155.34",
        "REASON CODES:",
        "  R12  REDUCED TO THE FEE SCHEDULE MAXIMUM FOR THIS SERVICE.",
        "THE WORKER MAY NOT BE BILLED FOR ANY AMOUNT REDUCED ON THIS REVIEW.",
    ]
    w: list[Word] = []
    for k, r in enumerate(rows):
        w += spaced(100 + 10 * k, 20, r, size=7.6, ch=4.56)
    res = parse_pages("x.pdf", [page(w)])
    (claim,) = res.statements[0].claims
    assert claim.patient == "DOE, JANE"
    assert [(ln.code, ln.modifiers, ln.units, ln.billed, ln.discount, ln.allowed, ln.paid, ln.remarks)
            for ln in claim.lines] == [
        ("97163", ("GP",), Decimal(1), Decimal("265.00"), Decimal("163.88"), Decimal("101.12"), Decimal("101.12"), ("R12",)),
        ("97140", ("GP", "59"), Decimal(2), Decimal("150.00"), Decimal("95.78"), Decimal("54.22"), Decimal("54.22"),
         ("R12", "W3"))]
    assert claim.totals.billed == Decimal("415.00") and claim.totals.paid == Decimal("155.34")
    legend = dict(res.statements[0].legend)
    assert list(legend) == ["R12"]  # "THE WORKER MAY NOT..." is a notice, not a legend code
    assert res.accounting.balanced() and not res.unread


# ------------------------------------------------------------------------- text near and far from a table

def test_notice_at_the_margin_is_not_a_legend_continuation_nor_a_description():
    w: list[Word] = []
    w += words_at(60, [(30, "Date"), (80, "Description"), (200, "Code"), (250, "Billed"), (300, "Paid"), (350, "Remark")])
    w += words_at(72, [(30, "01/05/26"), (80, "Manual"), (112, "therapy"), (200, "97140")]) + \
        right(72, [(280, "150.00"), (330, "120.00")]) + words_at(72, [(350, "N130")])
    w += words_at(100, [(30, "Remark"), (62, "codes")])
    w += words_at(112, [(30, "N130"), (70, "See"), (88, "your"), (110, "plan"), (132, "rules.")])
    w += words_at(122, [(70, "Limits"), (102, "apply.")])
    w += words_at(134, [(30, "If"), (40, "you"), (58, "disagree,"), (100, "ask"), (118, "for"), (134, "a"), (142, "review.")])
    w += words_at(600, [(30, "THIS"), (52, "IS"), (64, "NOT"), (84, "A"), (92, "BILL")])
    res = parse_pages("x.pdf", [page(w)])
    (ln,) = res.statements[0].lines()
    assert ln.description == "Manual therapy"
    assert res.statements[0].legend == (("N130", "See your plan rules. Limits apply."),)
    assert res.accounting.balanced()


# ------------------------------------------------------------------------- no heading the vocabulary confirms

def test_rows_under_an_unconfirmed_heading_are_read_by_their_own_columns():
    # "When", "What", "Code?" are not table headings we know; only "Charged" and "Plan paid" are
    w: list[Word] = []
    w += words_at(60, [(30, "When"), (100, "What"), (230, "Charged"), (300, "Plan"), (322, "paid"), (380, "Extra")])
    w += words_at(72, [(30, "01/05/2026"), (100, "97110"), (130, "GP")]) + \
        right(72, [(262, "160.00"), (340, "120.00"), (410, "9.99")])
    w += words_at(84, [(30, "01/06/2026"), (100, "97140")]) + right(84, [(262, "150.00"), (340, "110.00"), (410, "8.88")])
    res = parse_pages("x.pdf", [page(w)])
    lines = res.statements[0].lines()
    assert [(ln.code, ln.modifiers, ln.service_date, ln.billed, ln.paid, ln.allowed) for ln in lines] == [
        ("97110", ("GP",), date(2026, 1, 5), Decimal("160.00"), Decimal("120.00"), None),
        ("97140", (), date(2026, 1, 6), Decimal("150.00"), Decimal("110.00"), None)]
    # the unnamed amount column ("Extra") is not guessed into any field
    assert all(Decimal("9.99") not in (ln.billed, ln.paid, ln.allowed, ln.patient_owes) for ln in lines)
    assert res.accounting.balanced() and not res.unread


def test_rows_with_no_heading_words_at_all_go_to_unread():
    w = words_at(72, [(30, "01/05/2026"), (100, "97110")]) + right(72, [(262, "160.00"), (340, "120.00")])
    w += words_at(84, [(30, "01/06/2026"), (100, "97140")]) + right(84, [(262, "150.00"), (340, "110.00")])
    res = parse_pages("x.pdf", [page(w)])
    assert res.statements[0].lines() == []
    assert [u.source.line for u in res.unread] == [1, 2] and all("97" in u.source.text for u in res.unread)
