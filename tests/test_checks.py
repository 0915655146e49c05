"""Checks speak only from printed values, and catch what they promise to catch."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from eobreader.checks import check_across_files, check_statement, is_denied, line_arithmetic, totals_findings
from eobreader.model import Adjustment, Claim, FileResult, ServiceLine, SourceRef, Statement, Totals

D = Decimal
SRC = SourceRef("x.csv", row=2)


def line(**kw) -> ServiceLine:
    base = dict(source=SRC, code="97530", modifiers=("GO",), units=D(4), service_date=date(2026, 1, 5))
    base.update(kw)
    return ServiceLine(**base)


def codes(findings):
    return [f.code for f in findings]


def test_balanced_line_is_quiet():
    ln = line(billed=D("380.00"), allowed=D("328.50"), paid=D("262.80"), patient_owes=D("65.70"),
              adjustments=(Adjustment("CO", "45", D("51.50")), Adjustment("PR", "2", D("65.70"))))
    assert line_arithmetic(ln) == []


def test_line_imbalance_and_patient_owes_mismatch():
    ln = line(billed=D("380.00"), paid=D("250.00"), patient_owes=D("60.00"),
              adjustments=(Adjustment("CO", "45", D("51.50")), Adjustment("PR", "2", D("65.70"))))
    found = line_arithmetic(ln)
    assert codes(found) == ["line-imbalance", "patient-owes-mismatch"]
    assert "$262.80" in found[0].message and "$250.00" in found[0].message


def test_missing_amounts_are_never_assumed_zero():
    assert line_arithmetic(line(billed=D("380.00"), paid=None, adjustments=(Adjustment("CO", "45", D("51.50")),))) == []
    # an adjustment printed without its amount: no arithmetic claim can be made
    assert line_arithmetic(line(billed=D("380.00"), paid=D("1.00"), adjustments=(Adjustment("CO", "45", None),))) == []


def test_allowed_minus_share_equals_paid_when_no_codes():
    ok = line(billed=D(150), allowed=D(120), paid=D(100), copay=D(20), deductible=D(0), coinsurance=D(0), patient_owes=D(20))
    assert line_arithmetic(ok) == []
    bad = line(billed=D(150), allowed=D(120), paid=D(90), copay=D(20), deductible=D(0), coinsurance=D(0), patient_owes=D(20))
    assert codes(line_arithmetic(bad)) == ["allowed-imbalance"]
    owes = line(billed=D(150), allowed=D(120), paid=D(100), copay=D(20), deductible=D(0), coinsurance=D(0), patient_owes=D(25))
    assert codes(line_arithmetic(owes)) == ["patient-owes-mismatch"]


def test_denied():
    denied = line(billed=D(400), paid=D(0), adjustments=(Adjustment("CO", "197", D(400)),))
    assert is_denied(denied) and "denied" in codes(line_arithmetic(denied))
    deductible = line(billed=D(100), paid=D(0), patient_owes=D(80), adjustments=(Adjustment("CO", "45", D(20)), Adjustment("PR", "1", D(80))))
    assert not is_denied(deductible)
    reversal = line(billed=D(-60), paid=D(-45))
    assert not is_denied(reversal)


def test_totals_must_match_lines():
    lines = [line(billed=D(100), paid=D(80)), line(billed=D(50), paid=D(40))]
    assert totals_findings(lines, Totals(billed=D(150), paid=D(120)), "claim", "claim-total-mismatch") == []
    found = totals_findings(lines, Totals(billed=D(150), paid=D(130)), "claim", "claim-total-mismatch")
    assert codes(found) == ["claim-total-mismatch"] and "$130.00" in found[0].message and "$120.00" in found[0].message
    # a total for a field some line lacks cannot be checked
    assert totals_findings(lines + [line(billed=D(5))], Totals(paid=D(1)), "claim", "x") == []


def test_duplicate_line_and_claim_total_in_statement():
    a = line(billed=D(100), paid=D(80))
    claim = Claim(SRC, claim_id="C1", lines=(a, a), totals=Totals(billed=D(200), paid=D(170)))
    st = check_statement(Statement(SourceRef("x.csv"), "sheet", claims=(claim,)))
    c = st.claims[0]
    assert "duplicate-line" in codes(c.lines[1].findings) and "duplicate-line" not in codes(c.lines[0].findings)
    assert codes(c.findings) == ["claim-total-mismatch"]


def test_same_claim_in_two_files():
    claim = Claim(SRC, claim_id="C1", payer_claim_id="ICN9", patient="A B", lines=(line(billed=D(10), paid=D(8)),))
    r1 = FileResult("one.csv", statements=(Statement(SourceRef("one.csv"), "sheet", payer="P", claims=(claim,)),))
    r2 = FileResult("two.csv", statements=(Statement(SourceRef("two.csv"), "sheet", payer="P", claims=(claim,)),))
    out = check_across_files([r1, r2])
    assert codes(out[0].statements[0].claims[0].findings) == []
    assert codes(out[1].statements[0].claims[0].findings) == ["duplicate-claim"]


def test_missing_therapy_modifier_only_where_the_document_prints_modifiers():
    bare = line(modifiers=(), billed=D(10), paid=D(8))
    st = check_statement(Statement(SourceRef("msn.pdf"), "pdf", claims=(Claim(SRC, lines=(bare, bare)),)))
    assert all("missing-therapy-modifier" not in codes(ln.findings) for ln in st.claims[0].lines)
    other = line(modifiers=("GO",), code="97110", billed=D(10), paid=D(8))
    st = check_statement(Statement(SourceRef("eob.pdf"), "pdf", claims=(Claim(SRC, lines=(bare, other)),)))
    assert "missing-therapy-modifier" in codes(st.claims[0].lines[0].findings)


def test_claim_level_adjustments_count_in_claim_totals():
    lines = [line(billed=D(100), paid=D(80), patient_owes=D(0)), line(billed=D(50), paid=D(40), patient_owes=D(0))]
    claim_adj = (Adjustment("CO", "A2", D(20)), Adjustment("PR", "1", D(10)))
    printed = Totals(billed=D(150), paid=D(90), patient_owes=D(10))
    assert totals_findings(lines, printed, "claim", "c", claim_adj) == []
    assert codes(totals_findings(lines, printed, "claim", "c")) == ["c", "c"]
    assert totals_findings(lines, printed, "claim", "c", (Adjustment("CO", "A2", None),)) == []


def test_share_checks_need_the_whole_share_printed():
    # only the deductible is printed: coinsurance may be hiding in the gap, so nothing is claimed
    partial = line(billed=D(150), allowed=D(120), paid=D(76), deductible=D(20), patient_owes=D(44))
    assert line_arithmetic(partial) == []
    whole = line(billed=D(150), allowed=D(120), paid=D(76), deductible=D(20), copay=D(0), coinsurance=D(20), patient_owes=D(44))
    assert codes(line_arithmetic(whole)) == ["allowed-imbalance", "patient-owes-mismatch"]
