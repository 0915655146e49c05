"""General mechanisms of the PDF reader added in the sixth session, each on synthetic word lists or on a
small PDF drawn here: headings printed over one another, a heading row set tight with an abbreviation
inside it."""

from __future__ import annotations

from decimal import Decimal

from pdfwords import lines_of, read, right, row

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
