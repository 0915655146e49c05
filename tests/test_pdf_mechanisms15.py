"""General mechanisms of the PDF reader added in the ninth session, each on synthetic word lists placed where a
real page's text layer put them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pdfwords import boxes, claims_of, lines_of, read

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
