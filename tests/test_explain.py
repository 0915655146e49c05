"""Behaviour of the plain-language sentences, the glossary checks and the explain command's text."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal as D

import pytest

from eobreader import glossary
from eobreader.explain import Explained, code_findings, describe, explain_line, money, units_as_time
from eobreader.model import Adjustment, ServiceLine, Severity, SourceRef

G = glossary.load()
SRC = SourceRef("visit.csv", row=7)


def line(**kw) -> ServiceLine:
    return ServiceLine(SRC, **kw)


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text))


def amounts(text: str) -> set[str]:
    return set(re.findall(r"\$[\d,]+\.\d{2}", text))


# ------------------------------------------------------------------------------------ explain_line

def test_paid_line_with_write_off_and_coinsurance():
    ln = line(code="97530", modifiers=("GO",), units=D(4), billed=D("380.00"), allowed=D("200.00"),
              paid=D("160.00"), patient_owes=D("40.00"),
              adjustments=(Adjustment("CO", "45", D("180.00")), Adjustment("PR", "2", D("40.00"))))
    e = explain_line(ln, G)
    assert isinstance(e, Explained)
    assert e.service == "Therapeutic activities"
    t = e.explanation
    assert "53 to 67 minutes" in t and "8-minute rule" in t
    assert "$380.00" in t and "$200.00" in t and "$160.00" in t
    assert re.search(r"\$180\.00 \(CO-45[^)]*\) is written off, so you do not owe it", t)
    assert "you owe $40.00 as coinsurance" in t
    assert sentences(t) <= 3
    assert amounts(t) <= {"$380.00", "$200.00", "$160.00", "$180.00", "$40.00"}


def test_deductible_and_copay_are_named():
    ln = line(code="92507", modifiers=("GN",), units=D(1), billed=D("150.00"), allowed=D("120.00"), paid=D("0.00"),
              adjustments=(Adjustment("CO", "45", D("30.00")), Adjustment("PR", "1", D("120.00"))))
    t = explain_line(ln, G).explanation
    assert "paid nothing" in t
    assert "$120.00 toward your deductible" in t
    assert "$30.00" in t and "do not owe" in t
    ln2 = line(code="99213", billed=D("180.00"), allowed=D("110.00"), paid=D("85.00"),
               adjustments=(Adjustment("CO", "45", D("70.00")), Adjustment("PR", "3", D("25.00"))))
    assert "$25.00 as your copay" in explain_line(ln2, G).explanation


def test_share_from_the_lines_own_columns_when_no_pr_codes():
    ln = line(code="97140", units=D(1), billed=D("95.00"), allowed=D("60.00"), paid=D("30.00"),
              deductible=D("10.00"), copay=D("20.00"))
    t = explain_line(ln, G).explanation
    assert "$10.00 toward your deductible" in t and "$20.00 as your copay" in t


def test_denial_names_cause_who_and_next_step():
    ln = line(code="97165", modifiers=("GO",), units=D(1), billed=D("250.00"), paid=D("0.00"),
              adjustments=(Adjustment("CO", "197", D("250.00")),), remarks=("N130",))
    t = explain_line(ln, G).explanation
    assert "paid nothing" in t and "$250.00" in t
    assert "CO-197" in t and "approval" in t
    assert "do not owe" in t
    assert "appeal" in t  # the next step from the glossary
    assert sentences(t) <= 3


def test_pr_denial_says_you_may_be_billed():
    ln = line(code="97533", modifiers=("GO",), units=D(2), billed=D("200.00"), paid=D("0.00"),
              adjustments=(Adjustment("PR", "204", D("200.00")),))
    t = explain_line(ln, G).explanation
    assert "PR-204" in t and "your share" in t and "may be billed" in t
    assert "do not owe" not in t


def test_missing_values_are_never_mentioned():
    ln = line(code="97110", units=D(2))
    t = explain_line(ln, G).explanation
    assert "$" not in t
    assert "23 to 37 minutes" in t
    assert "allowed" not in t and "paid" not in t


def test_unknown_code_uses_document_description():
    ln = line(code="12399", description="Custom hand program", billed=D("80.00"), paid=D("64.00"))
    e = explain_line(ln, G)
    assert e.service == "Custom hand program"
    assert "12399" in e.explanation and "not in our code book" in e.explanation
    assert "$80.00" in e.explanation and "$64.00" in e.explanation


def test_money_format():
    assert money(D("1234.5")) == "$1,234.50"
    assert money(D(-45)) == "-$45.00"
    t = explain_line(line(code="97110", units=D(2), billed=D("1234.50"), paid=D(1000)), G).explanation
    assert "$1,234.50" in t and "$1,000.00" in t


def test_reversal_says_taken_back():
    t = explain_line(line(code="97110", units=D(1), billed=D("100.00"), paid=D("-60.00")), G).explanation
    assert "took back $60.00" in t
    t = explain_line(line(code="97535", units=D(-1), billed=D("-60.00"), allowed=D("-45.00"), paid=D("-45.00")),
                     G).explanation
    assert "reverses an earlier charge of $60.00" in t and "took back $45.00" in t
    assert "-$" not in t


def test_total_owed_is_only_called_a_total_when_it_adds_up():
    adj = (Adjustment("PR", "1", D("85.00")), Adjustment("PR", "2", D("7.30")))
    t = explain_line(line(code="92526", billed=D("150.00"), paid=D("29.20"), patient_owes=D("92.30"),
                          adjustments=adj), G).explanation
    assert "$92.30 in all" in t
    t = explain_line(line(code="92526", billed=D("150.00"), paid=D("29.20"), patient_owes=D("90.00"),
                          adjustments=adj), G).explanation
    assert "in all" not in t and "shows $90.00 as your total" in t


# ------------------------------------------------------------------------------------ units_as_time

@pytest.mark.parametrize("units,lo,hi", [(1, 8, 22), (2, 23, 37), (3, 38, 52), (4, 53, 67), (8, 113, 127)])
def test_eight_minute_rule(units, lo, hi):
    text = units_as_time(G.procedures["97110"], D(units))
    assert f"{lo} to {hi} minutes" in text


def test_other_unit_lengths():
    assert "first hour" in units_as_time(G.procedures["96112"], 1)
    assert "1 hour more" in units_as_time(G.procedures["96113"], 2)  # 2 x 30 minutes
    assert "2 hours" in units_as_time(G.procedures["97545"], 1)
    assert "3 hours more" in units_as_time(G.procedures["97546"], 3)
    assert "first 15 minutes" in units_as_time(G.procedures["97129"], 1)
    assert "38 to 52 more minutes" in units_as_time(G.procedures["97130"], 3)
    assert units_as_time(G.procedures["92507"], 1) is None  # untimed
    assert units_as_time(G.procedures["97110"], None) is None
    assert units_as_time(G.procedures["97110"], D("1.5")) is None


# ----------------------------------------------------------------------------------- code_findings

def codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_clean_therapy_line_has_no_findings():
    ln = line(code="97530", modifiers=("GO",), units=D(4), service_date=date(2026, 3, 2),
              adjustments=(Adjustment("CO", "45", D("1.00")),), remarks=("N130",))
    assert code_findings(ln, frozenset({"97530"}), G) == []


def test_untimed_code_with_two_units():
    ln = line(code="92507", modifiers=("GN",), units=D(2))
    f = code_findings(ln, frozenset({"92507"}), G)
    assert codes(f) == ["untimed-units"]
    assert f[0].severity == Severity.WARNING and f[0].source == SRC
    # per-checklist codes may have a few units
    assert code_findings(line(code="96110", units=D(2)), frozenset({"96110"}), G) == []


def test_implausible_units_for_timed_code():
    f = code_findings(line(code="97110", modifiers=("GP",), units=D(12)), frozenset({"97110"}), G)
    assert "implausible-units" in codes(f)
    assert code_findings(line(code="97110", modifiers=("GP",), units=D(8)), frozenset({"97110"}), G) == []


def test_add_on_without_base():
    ln = line(code="97130", modifiers=("GO",), units=D(2))
    assert codes(code_findings(ln, frozenset({"97130", "97530"}), G)) == ["add-on-without-base"]
    assert code_findings(ln, frozenset({"97130", "97129"}), G) == []


def test_deleted_code_after_its_year():
    ln = line(code="97127", modifiers=("GO",), service_date=date(2026, 1, 5))
    f = code_findings(ln, frozenset({"97127"}), G)
    assert codes(f) == ["deleted-code"] and "2020" in f[0].message
    old = line(code="97127", modifiers=("GO",), service_date=date(2019, 6, 1))
    assert code_findings(old, frozenset({"97127"}), G) == []


def test_missing_therapy_modifier():
    assert codes(code_findings(line(code="97110", units=D(1)), frozenset(), G)) == ["missing-therapy-modifier"]
    assert code_findings(line(code="97110", modifiers=("GP",), units=D(1)), frozenset(), G) == []
    # office visits and ABA are not therapy codes
    assert code_findings(line(code="99213"), frozenset(), G) == []
    assert code_findings(line(code="97153", units=D(8)), frozenset(), G) == []


def test_wrong_discipline_modifier_on_an_evaluation():
    f = code_findings(line(code="97165", modifiers=("GP",)), frozenset(), G)
    assert codes(f) == ["therapy-modifier-mismatch"]


def test_unknown_codes_are_info():
    ln = line(code="12399", modifiers=("ZZ",), adjustments=(Adjustment("CO", "999", D("5.00")),), remarks=("N9999",))
    f = code_findings(ln, frozenset(), G)
    assert codes(f) == ["unknown-code", "unknown-modifier", "unknown-adjustment", "unknown-remark"]
    assert all(x.severity == Severity.INFO for x in f)


# ----------------------------------------------------------------------------------------- describe

def test_describe_mixed_tokens():
    out = describe(["97530", "CO-45", "PR2", "N130", "GO", "97110GO"], G)
    blocks = out.split("\n\n")
    assert len(blocks) == 6
    assert blocks[0].startswith("97530") and "8 to 22 minutes" in blocks[0]
    assert blocks[1].startswith("CO-45") and "do not owe" in blocks[1] and "Next step" in blocks[1]
    assert blocks[2].startswith("PR-2") and "coinsurance" in blocks[2] and "Who pays: You" in blocks[2]
    assert blocks[3].startswith("N130")
    assert blocks[4].startswith("GO") and "occupational therapy" in blocks[4]
    assert blocks[5].startswith("97110") and "GO (modifier)" in blocks[5]


def test_describe_spaced_group_and_reason():
    out = describe(["co", "45"], G)
    assert out.startswith("CO-45")
    assert describe(["co 45"], G).startswith("CO-45")


def test_describe_ambiguous_and_unknown():
    out = describe(["59"], G)
    assert "modifier" in out and "adjustment reason" in out
    assert "not a code we know" in describe(["XYZ"], G)
    assert "not in our code book" in describe(["12399"], G)
    assert "Retired" in describe(["97127"], G)
    assert "Add-on code: billed only with 97545" in describe(["97546"], G)
