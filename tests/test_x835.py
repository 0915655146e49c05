"""The X12 835 reader: public files (shared/realworld), their balance facts, a second parser's expected
output, and synthetic unit cases for separators, envelopes, loops and hostile input."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eobreader.checks import line_arithmetic
from eobreader.model import ClaimStatus, FileResult, ServiceLine
from eobreader.sources.x835 import X835Reader, bare_delimiters, isa_delimiters

REPO = Path(__file__).resolve().parents[1]
REAL = REPO / ".." / "shared" / "realworld"
X12 = REAL / "x12_835"
SHEETS = REAL / "spreadsheets"
needs_real = pytest.mark.skipif(not X12.is_dir(), reason=f"public 835 files not found at {X12}")

READER = X835Reader()
D = Decimal


def read(path: Path) -> FileResult:
    return READER.read(path)


def read_text(tmp_path: Path, text: str | bytes, name: str = "t.835") -> FileResult:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return read(p)


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def line_findings(line: ServiceLine) -> list[str]:
    """The reader's own line findings plus the generic line arithmetic (as the pipeline runs them)."""
    return codes(line.findings) + codes(line_arithmetic(line))


def real_files() -> list[Path]:
    return sorted(X12.glob("*.835")) if X12.is_dir() else []


# -------------------------------------------------------------------------------- public 835 files

# claims and SVC lines per file, as SOURCES.md describes them
COUNTS = {
    "affect_exhaustive_sample.835": (1, 1, 1),
    "affect_nevada_medicaid.835": (3, 3, 0),
    "davinci_pr_835-sample.835": (1, 1, 1),
    "edi835parser_blue_cross_nc_sample.835": (1, 1, 3),
    "edi835parser_emedny_sample.835": (1, 3, 10),
    "edi835parser_uhc_legacy_sample.835": (1, 2, 5),
    "lfh_x12_cob-contractural-adjustment.835": (1, 1, 1),
    "lfh_x12_managed-care.835": (1, 2, 2),
    "lfh_x12_medicare-part-a.835": (1, 2, 0),
    "lfh_x12_secondary-payment.835": (1, 2, 2),
    "lfh_x12_tertiary-payment.835": (1, 1, 1),
    "oopfactory_4010_example1_gripelements.835": (1, 9, 9),
    "tastypackets_multi-line-not-delimited.835": (1, 3, 10),
    "tastypackets_profee-multiple.835": (156, 468, 1560),
    "tigershark_835-example-2.835": (2, 2, 2),
    "tigershark_835-example.835": (1, 2, 2),
}


@needs_real
def test_every_public_file_is_listed():
    assert {p.name for p in real_files()} == set(COUNTS)


@needs_real
@pytest.mark.parametrize("name", sorted(COUNTS))
def test_public_file_reads(name):
    path = X12 / name
    head = path.read_bytes()[:8192]
    assert READER.identify(path, head)
    r = read(path)
    assert r.error is None
    assert r.kind == "x835"
    assert r.accounting is not None and r.accounting.balanced()
    assert r.accounting.lines == len(r.lines())
    assert r.accounting.unread == 0 and not r.unread
    n_st, n_claims, n_lines = COUNTS[name]
    assert len(r.statements) == n_st
    assert sum(len(s.claims) for s in r.statements) == n_claims
    assert len(r.lines()) == n_lines
    for s in r.statements:
        assert s.kind == "x835" and s.payer and s.payment_amount is not None
        for c in s.claims:
            assert c.source.text.startswith("CLP")
            for ln in c.lines:
                assert ln.source.text.startswith("SVC") and ln.source.line
                assert ln.service_date is not None or ln.service_end is not None


def _balance(name: str) -> tuple[list[int], int, int]:
    """(indexes of transactions with payment-imbalance, claim imbalances, line imbalances)."""
    r = read(X12 / name)
    txn = [i for i, s in enumerate(r.statements) if "payment-imbalance" in codes(s.findings)]
    claims = sum(codes(c.findings).count("claim-imbalance") for s in r.statements for c in s.claims)
    lines = sum(line_findings(ln).count("line-imbalance") for ln in r.lines())
    return txn, claims, lines


@needs_real
@pytest.mark.parametrize("name", sorted(COUNTS))
def test_balance_findings_match_sources_md(name):
    txn, claims, lines = _balance(name)
    assert claims == 0  # "Claim level: 0 imbalances in any file"
    assert lines == (1 if name == "lfh_x12_tertiary-payment.835" else 0)
    expected_txn = {
        "tigershark_835-example.835": [0],
        "tigershark_835-example-2.835": [0],  # transaction 1 only; transaction 2 balances
        "oopfactory_4010_example1_gripelements.835": [0],
    }.get(name, [])
    assert txn == expected_txn


@needs_real
def test_source_md_facts():
    uhc = read(X12 / "edi835parser_uhc_legacy_sample.835")  # ISA16 is '>'
    assert [ln.code for ln in uhc.lines()] == ["B4152", "B4152", "B4154", "B4034", "B4154"]
    assert [ln.units for ln in uhc.lines()][:2] == [D(234), D(277)]
    assert uhc.lines()[0].line_ref == "800941258001" and uhc.lines()[0].allowed == D("88.92")

    bc = read(X12 / "edi835parser_blue_cross_nc_sample.835")  # no envelope, SVC06, malformed third SVC
    l1, l2, l3 = bc.lines()
    assert (l1.original_code, l2.original_code) == ("59410", "59410")
    assert {a.code: a.amount for a in l1.adjustments} == {"CO-42": D("34.60"), "PR-2": D("117.54")}
    assert l1.patient_owes == D("117.54") and l1.coinsurance == D("117.54") and l2.copay == D("25.00")
    assert l3.code == "59426" and l3.billed is None and l3.paid is None and l3.units is None
    bad = [f for f in l3.findings if f.code == "malformed-segment"]
    assert bad and bad[0].source and bad[0].source.text == "SVC*HC:59426******742*742**1"

    mc = read(X12 / "lfh_x12_managed-care.835")  # claim-level CAS, DTM*150/151
    c1 = mc.statements[0].claims[0]
    assert [a.code for a in c1.adjustments] == ["CO-A2"]
    assert (c1.lines[0].service_date, c1.lines[0].service_end) == (date(2002, 3, 1), date(2002, 3, 4))
    # BPR16 is 20002316 (not a date): the production date DTM*405 is used, and the bad date is noted
    assert mc.statements[0].issued == date(2002, 3, 14)
    assert "bad-value" in codes(mc.statements[0].findings)

    part_a = read(X12 / "lfh_x12_medicare-part-a.835")
    (plb,) = part_a.statements[0].provider_adjustments
    assert (plb.reason, plb.reference, plb.amount) == ("CV", "CP", D("-1.27"))
    assert plb.period_end == date(2002, 12, 31) and plb.provider == "6543210903"
    assert "MA02" in part_a.statements[0].claims[1].remarks

    sec = read(X12 / "lfh_x12_secondary-payment.835")  # ISA16 ':' but '>' in SVC; CAS with empty quantity
    assert any(n.code == "component-separator" for n in sec.notes)
    ln = sec.lines()[1]
    assert (ln.code, ln.modifiers) == ("66543", ("26",))
    assert [(a.code, a.amount, a.quantity) for a in ln.adjustments] == [
        ("PR-1", D("150.00"), None), ("PR-2", D("70.00"), None), ("CO-42", D("85.00"), None)]
    assert ln.patient_owes == D("220.00") and ln.deductible == D("150.00") and ln.coinsurance == D("70.00")

    cob = read(X12 / "lfh_x12_cob-contractural-adjustment.835")
    assert [a.amount for a in cob.lines()[0].adjustments] == [D("516.00"), D("-9.00")]

    nv = read(X12 / "affect_nevada_medicaid.835")  # non-fixed-width ISA, 3 transactions, PLB x6
    assert [s.payee for s in nv.statements] == ["SUMMER", "VALLEY", "SILVER"]
    assert [c.status for c in nv.statements[1].claims] == [ClaimStatus.PROCESSED, ClaimStatus.DENIED]
    assert nv.statements[0].claims[0].adjustments[0].quantity == D(0)
    assert [p.amount for p in nv.statements[2].provider_adjustments] == [
        D("-1092.46"), D("-719.81"), D("-181.55"), D("181.55"), D("-130.00"), D("130.00")]

    oop = read(X12 / "oopfactory_4010_example1_gripelements.835")  # BOM, indentation, 4010, reversals
    claims = oop.statements[0].claims
    rev = [c for c in claims if c.status_code == "22"]
    assert len(rev) == 2 and all(c.status is ClaimStatus.REVERSED for c in rev)
    assert rev[0].totals.billed == D("-42.58") and rev[0].lines[0].units == D(-2)
    assert "claim-reversal" in codes(rev[0].findings)
    assert {a.group for c in claims for ln in c.lines for a in ln.adjustments} >= {"CR", "CO", "OA", "PI", "PR"}
    assert claims[2].lines[0].code == "M151000" and claims[2].lines[0].code_qualifier == "ZZ"
    assert Counter(c.status_code for c in claims)["25"] == 1
    assert rev[1].lines[0].remarks == ("MA92",)

    ts2 = read(X12 / "tigershark_835-example-2.835")  # '|' and '^', newline before '~', two payers
    assert [s.payer for s in ts2.statements] == [
        "UNITED HEALTHCARE INSURANCE COMPANY",
        "ACME, INC. A WHOLLY OWNED SUBSIDIARY OF UNITED HEALTHCARE INSURANCE COMPANY"]
    ts = read(X12 / "tigershark_835-example.835")
    assert ts.lines()[1].remarks == ("N220", "M68")
    assert ts.statements[0].provider_adjustments[0].amount == D("-361.19")

    em = read(X12 / "edi835parser_emedny_sample.835")
    nl = read(X12 / "tastypackets_multi-line-not-delimited.835")  # same data, newline terminators
    assert [(ln.code, ln.billed, ln.paid, ln.remarks) for ln in em.lines()] == [
        (ln.code, ln.billed, ln.paid, ln.remarks) for ln in nl.lines()]
    c = em.statements[0].claims[0]
    assert c.patient == "SUBMITTED FIRST SUBMITTED LAST"  # NM1*QC; the NM1*74 correction is a note
    assert any(f.code == "corrected-patient" and "CORRECTED LAST" in f.message for f in c.findings)

    tert = read(X12 / "lfh_x12_tertiary-payment.835")
    (ln,) = tert.lines()
    assert ln.code is None and ln.billed == D("24599.00")  # read by position, as SOURCES.md predicts
    assert any(f.code == "malformed-segment" and f.source.text.startswith("SVC*HC*24599.00") for f in ln.findings)


# ------------------------------------------------------------------- the other parser's expected output

CSV_CASES = {
    "edi835parser_expected_emedny_sample.csv": "edi835parser_emedny_sample.835",
    "edi835parser_expected_blue_cross_nc_sample.csv": "edi835parser_blue_cross_nc_sample.835",
    "edi835parser_expected_united_healthcare_legacy_sample.csv": "edi835parser_uhc_legacy_sample.835",
}


def _dec(v: str) -> Decimal | None:
    return Decimal(v).quantize(Decimal("0.01")) if v.strip() else None


def _units(v: str) -> Decimal | None:
    return Decimal(v).normalize() if v.strip() else None


@needs_real
@pytest.mark.skipif(not SHEETS.is_dir(), reason=f"expected CSVs not found at {SHEETS}")
@pytest.mark.parametrize("csv_name", sorted(CSV_CASES))
def test_lines_agree_with_edi_835_parser(csv_name):
    """Line by line against keironstoddart/edi-835-parser's expected output.

    Differences we believe are theirs (docs/x12-engine.md):
    - they keep one modifier only (their ``modifier`` column): we compare it with our first modifier;
    - they drop the second triplet of a multi-triplet CAS (UHC line 5: ``CAS*PR*2*5.13**1*110``
      has PR-1 110.00 which their adj columns lack): we check their adjustments are a subset of ours
      and that ours balance the line;
    - for the malformed BCBS line ``SVC*HC:59426******742*742**1`` they report 742 billed units from a
      position that does not exist in an SVC: we leave units empty (compared with their ``allowed_units``).
    """
    with (SHEETS / csv_name).open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    r = read(X12 / CSV_CASES[csv_name])
    lines = r.lines()
    claims = [c for s in r.statements for c in s.claims for _ in c.lines]
    assert len(rows) == len(lines)
    for row, ln, claim in zip(rows, lines, claims):
        where = f"{csv_name} row {row['']}"
        assert ln.code == row["code"], where
        assert (ln.modifiers[0] if ln.modifiers else "") == row["modifier"], where
        assert ln.code_qualifier == row["qualifier"], where
        assert ln.billed == _dec(row["charge_amount"]), where
        assert ln.paid == _dec(row["paid_amount"]), where
        assert ln.allowed == _dec(row["allowed_amount"]), where  # both from AMT*B6
        assert ln.units == _units(row["allowed_units"]), where
        assert ln.service_date == date.fromisoformat(row["start_date"]), where
        assert ln.service_end == date.fromisoformat(row["end_date"]), where
        assert r.statements[0].issued == date.fromisoformat(row["transaction_date"]), where
        assert r.statements[0].payer == row["payer"], where
        assert claim.claim_id == row["marker"], where
        assert (claim.patient or "").lower() == row["patient"].lower(), where
        theirs = Counter()
        for i in range(4):
            if row.get(f"adj_{i}_code"):
                theirs[(row[f"adj_{i}_group"], row[f"adj_{i}_code"], _dec(row[f"adj_{i}_amount"]))] += 1
        ours = Counter((a.group, a.reason, a.amount) for a in ln.adjustments)
        assert not theirs - ours, where  # all of theirs are ours
        if ours != theirs:  # the one known difference: their missing multi-triplet CAS
            assert (csv_name, row[""]) == ("edi835parser_expected_united_healthcare_legacy_sample.csv", "4")
            assert ours - theirs == Counter({("PR", "1", D("110.00")): 1})
        if row.get("rem_0_code"):
            assert row["rem_0_code"] in ln.remarks, where
        if row.get("ref_0_value"):
            assert ln.line_ref == row["ref_0_value"], where
        if ln.billed is not None and ln.paid is not None:
            assert "line-imbalance" not in line_findings(ln), where


# ---------------------------------------------------------------------------------- synthetic cases

ISA = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260105*1200*^*00501*000000001*0*P*:~"


def txn(body: str, *, el: str = "*", term: str = "~", comp: str = ":", amount: str = "80.00", st: str = "0001",
        plb: str = "") -> str:
    segs = [
        f"ST*835*{st}*005010X221A1",
        f"BPR*I*{amount}*C*ACH*CCP*01*999*DA*123*1234567890**01*999*DA*456*20260110",
        "TRN*1*TRACE123*1234567890",
        "DTM*405*20260108",
        "N1*PR*PRETEND HEALTH PLAN",
        "N1*PE*LITTLE STEPS THERAPY*XX*1000000001",
        "LX*1",
        *[s for s in body.strip().splitlines() if s.strip()],
        *([plb] if plb else []),
    ]
    segs.append(f"SE*{len(segs) + 1}*{st}")
    out = term.join(s.strip() for s in segs) + term
    return out.replace("*", el).replace(":", comp) if (el != "*" or comp != ":") else out


CLAIM = """
CLP*PCN1*1*100.00*80.00*20.00*12*PAYER1
NM1*QC*1*RIVERA*MILO****MI*M123
DTM*232*20260105
DTM*233*20260105
SVC*HC:97530:GO:59*100.00*80.00**2
DTM*472*20260105
CAS*PR*2*20.00
REF*6R*L1
AMT*B6*100.00
"""


def envelope(*txns: str, isa: str = ISA) -> str:
    return isa + "GS*HP*SENDER*RECEIVER*20260105*1200*1*X*005010X221A1~" + "".join(txns) + "GE*1*1~IEA*1*000000001~"


def test_basic_mapping(tmp_path):
    r = read_text(tmp_path, envelope(txn(CLAIM)))
    assert r.error is None and r.accounting.balanced()
    (s,) = r.statements
    assert (s.payer, s.payee, s.payment_id, s.payment_amount, s.issued) == (
        "PRETEND HEALTH PLAN", "LITTLE STEPS THERAPY", "TRACE123", D("80.00"), date(2026, 1, 10))
    (c,) = s.claims
    assert (c.claim_id, c.payer_claim_id, c.patient, c.member_id) == ("PCN1", "PAYER1", "MILO RIVERA", "M123")
    assert c.totals.billed == D("100.00") and c.totals.patient_owes == D("20.00")
    (ln,) = c.lines
    assert (ln.code, ln.modifiers, ln.units, ln.code_qualifier) == ("97530", ("GO", "59"), D(2), "HC")
    assert (ln.billed, ln.paid, ln.allowed, ln.patient_owes, ln.coinsurance) == (
        D("100.00"), D("80.00"), D("100.00"), D("20.00"), D("20.00"))
    assert ln.source.line == 14 and ln.source.text == "SVC*HC:97530:GO:59*100.00*80.00**2"
    assert not s.findings and not c.findings and not ln.findings
    assert r.accounting.lines == 1 and r.accounting.unread == 0


@pytest.mark.parametrize("el,comp,term", [("|", "^", "~"), ("*", ">", "\n"), ("^", "\\", "'"), ("!", ":", "\r\n")])
def test_separators_from_isa(tmp_path, el, comp, term):
    isa = ISA.replace("*", el).replace(":~", comp + term).replace("^" + el + "00501", "U" + el + "00501")
    body = txn(CLAIM, el=el, comp=comp, term=term)
    text = isa + body
    r = read_text(tmp_path, text)
    assert r.error is None, r.error
    (ln,) = r.lines()
    assert (ln.code, ln.modifiers, ln.paid) == ("97530", ("GO", "59"), D("80.00"))


def test_isa_delimiters_non_fixed_width_and_newline_before_terminator():
    d = isa_delimiters("ISA*00* *00* *ZZ*A *ZZ*B*180613*1230*^*00501*1*0*P*:~GS*")
    assert (d.element, d.component, d.terminator, d.repetition) == ("*", ":", "~", "^")
    d = isa_delimiters("ISA|00|          |00|          |ZZ|X|ZZ|Y|120323|1938|U|00401|1|1|P|^\n~GS|HP")
    assert (d.element, d.component, d.terminator, d.repetition) == ("|", "^", "~", None)
    d = isa_delimiters("ISA*00*          *00*          *ZZ*A*ZZ*B*100101*1000*^*00501*6*0*T*:\nGS*HP")
    assert d.terminator == "\n"
    assert isa_delimiters("ISA*00*short") is None
    assert bare_delimiters("ST*835*1234~BPR*I") .terminator == "~"
    assert bare_delimiters("ST|835|1234\nBPR|I").terminator == "\n"


def test_bom_indentation_and_blank_lines(tmp_path):
    text = envelope(txn(CLAIM)).replace("~", "~\r\n    ")
    r = read_text(tmp_path, b"\xef\xbb\xbf" + text.encode())
    assert r.error is None and len(r.lines()) == 1 and r.accounting.balanced()
    assert READER.identify(tmp_path / "t.835", (b"\xef\xbb\xbf  \n" + text.encode())[:8192])


def test_no_envelope_starts_at_st(tmp_path):
    r = read_text(tmp_path, txn(CLAIM, comp=">"))
    assert r.error is None and [ln.modifiers for ln in r.lines()] == [("GO", "59")]
    assert not any(n.code == "unclosed-interchange" for n in r.notes)


def test_many_interchanges_with_different_separators(tmp_path):
    first = envelope(txn(CLAIM, st="0001"), txn(CLAIM.replace("PCN1", "PCN2"), st="0002"))
    isa2 = ISA.replace("*", "|").replace(":~", "^\n").replace("^|00501", "U|00501")
    second = isa2 + txn(CLAIM.replace("PCN1", "PCN3"), el="|", comp="^", term="\n").replace(
        "PRETEND HEALTH PLAN", "OTHER PLAN") + "IEA|1|000000002\n"
    r = read_text(tmp_path, first + "\n" + second)
    assert r.error is None
    assert [s.payer for s in r.statements] == ["PRETEND HEALTH PLAN", "PRETEND HEALTH PLAN", "OTHER PLAN"]
    assert [c.claim_id for s in r.statements for c in s.claims] == ["PCN1", "PCN2", "PCN3"]
    assert r.accounting.balanced() and r.accounting.unread == 0


REVERSAL = """
CLP*PCN9*22*-100.00*-80.00**12*PAYER9
NM1*QC*1*RIVERA*MILO****MI*M123
SVC*HC:97110:GO*-100.00*-80.00**-2
DTM*472*20251201
CAS*CO*45*-20.00
CLP*PCN9*1*100.00*70.00*10.00*12*PAYER9B
NM1*QC*1*RIVERA*MILO****MI*M123
SVC*HC:97110:GO*100.00*70.00**2
DTM*472*20251201
CAS*CO*45*20.00
CAS*PR*3*10.00
"""


def test_reversal_and_correction(tmp_path):
    r = read_text(tmp_path, envelope(txn(REVERSAL, amount="-10.00")))
    rev, cor = r.statements[0].claims
    assert rev.status is ClaimStatus.REVERSED and rev.status_code == "22"
    assert rev.lines[0].units == D(-2) and rev.lines[0].billed == D("-100.00")
    assert rev.lines[0].adjustments[0].amount == D("-20.00")
    assert cor.status is ClaimStatus.PROCESSED and cor.lines[0].copay == D("10.00")
    assert "claim-imbalance" not in codes(rev.findings) + codes(cor.findings)
    assert "payment-imbalance" not in codes(r.statements[0].findings)  # -80 + 70 = -10
    assert all("line-imbalance" not in line_findings(ln) for ln in r.lines())


@pytest.mark.parametrize("code,status", [("1", ClaimStatus.PROCESSED), ("19", ClaimStatus.PROCESSED),
                                         ("4", ClaimStatus.DENIED), ("22", ClaimStatus.REVERSED),
                                         ("23", ClaimStatus.UNKNOWN), ("", ClaimStatus.UNKNOWN)])
def test_status_codes(tmp_path, code, status):
    r = read_text(tmp_path, envelope(txn(CLAIM.replace("CLP*PCN1*1*", f"CLP*PCN1*{code}*"))))
    assert r.statements[0].claims[0].status is status


def test_plb_balances_payment(tmp_path):
    ok = read_text(tmp_path, envelope(txn(CLAIM, amount="75.00", plb="PLB*1000000001*20261231*WO:ABC123*5.00")))
    (p,) = ok.statements[0].provider_adjustments
    assert (p.reason, p.reference, p.amount, p.period_end) == ("WO", "ABC123", D("5.00"), date(2026, 12, 31))
    assert p.source.text.startswith("PLB")
    assert "payment-imbalance" not in codes(ok.statements[0].findings)
    bad = read_text(tmp_path, envelope(txn(CLAIM, amount="80.00", plb="PLB*1000000001*20261231*WO:ABC123*5.00")))
    (f,) = [f for f in bad.statements[0].findings if f.code == "payment-imbalance"]
    assert "80.00" in f.message and "75.00" in f.message


def test_svc06_dates_150_151_and_claim_date_fallback(tmp_path):
    body = """
CLP*PCN1*1*300.00*240.00*60.00*12*PAYER1
NM1*QC*1*RIVERA*MILO****MI*M123
DTM*232*20260105
DTM*233*20260109
SVC*HC:97535:GO*100.00*80.00**1*HC:97530:GO
CAS*PR*1*20.00
SVC*HC:97110:GO*100.00*80.00**1
DTM*150*20260106
DTM*151*20260108
CAS*PR*1*20.00
SVC*HC:97140:GO:59*100.00*80.00
DTM*472****RD8*20260107-20260108
CAS*PR*1*20.00
"""
    r = read_text(tmp_path, envelope(txn(body, amount="240.00")))
    a, b, c = r.lines()
    assert a.original_code == "97530-GO"
    assert (a.service_date, a.service_end) == (date(2026, 1, 5), date(2026, 1, 9))  # claim dates
    assert (b.service_date, b.service_end) == (date(2026, 1, 6), date(2026, 1, 8))
    assert (c.service_date, c.service_end) == (date(2026, 1, 7), date(2026, 1, 8))
    assert c.units == D(1)  # SVC05 absent: one unit by the TR3's rule
    assert a.deductible == D("20.00") and a.patient_owes == D("20.00")
    assert not any(codes(x.findings) for x in r.statements[0].claims)


def test_multi_triplet_cas_and_claim_level_cas(tmp_path):
    body = """
CLP*PCN1*1*200.00*120.00*50.00*12*PAYER1
CAS*CO*A2*10.00
NM1*QC*1*RIVERA*MILO****MI*M123
SVC*HC:92507*200.00*130.00**1
DTM*472*20260105
CAS*PR*1*30.00**2*20.00*1*3*0.00
CAS*CO*45*20.00
LQ*HE*N130
LQ*HE*M15
"""
    r = read_text(tmp_path, envelope(txn(body, amount="120.00")))
    (c,) = r.statements[0].claims
    assert [(a.code, a.amount) for a in c.adjustments] == [("CO-A2", D("10.00"))]
    ln = c.lines[0]
    assert [(a.code, a.amount, a.quantity) for a in ln.adjustments] == [
        ("PR-1", D("30.00"), None), ("PR-2", D("20.00"), D(1)), ("PR-3", D("0.00"), None), ("CO-45", D("20.00"), None)]
    assert ln.patient_owes == D("50.00") and ln.copay == D("0.00")
    assert ln.remarks == ("N130", "M15")
    assert "claim-imbalance" not in codes(c.findings)
    assert "line-imbalance" not in line_findings(ln)


def test_claim_imbalance(tmp_path):
    r = read_text(tmp_path, envelope(txn(CLAIM.replace("CLP*PCN1*1*100.00*80.00", "CLP*PCN1*1*100.00*85.00"),
                                         amount="85.00")))
    (f,) = [f for f in r.statements[0].claims[0].findings if f.code == "claim-imbalance"]
    assert f.source.text.startswith("CLP*PCN1") and "85.00" in f.message


def test_line_without_adjustments_must_balance(tmp_path):
    body = CLAIM.replace("CAS*PR*2*20.00\n", "").replace("CLP*PCN1*1*100.00*80.00*20.00", "CLP*PCN1*1*100.00*80.00*0")
    r = read_text(tmp_path, envelope(txn(body)))
    ln = r.lines()[0]
    assert line_findings(ln).count("line-imbalance") == 1  # ours: checks.py skips lines without CAS
    assert ln.patient_owes == D("0.00")


@pytest.mark.parametrize("svc", ["SVC*HC*100.00*80.00*20.00**2", "SVC*HC:97530*100.00*80.00**2*****"])
def test_malformed_svc_is_a_finding_and_the_rest_is_read(tmp_path, svc):
    body = CLAIM.replace("SVC*HC:97530:GO:59*100.00*80.00**2", svc) + CLAIM.replace("PCN1", "PCN2")
    r = read_text(tmp_path, envelope(txn(body, amount="160.00")))
    first, second = r.lines()
    bad = [f for f in first.findings if f.code == "malformed-segment"]
    assert bad and bad[0].source.text == svc
    assert second.code == "97530" and not second.findings
    assert r.accounting.balanced()


def test_bad_amount_and_unknown_segment(tmp_path):
    body = CLAIM.replace("AMT*B6*100.00", "AMT*B6*1O0.00\nHL*1**20*1")
    r = read_text(tmp_path, envelope(txn(body)))
    ln = r.lines()[0]
    assert ln.allowed is None and "bad-value" in codes(ln.findings)
    assert [u.reason for u in r.unread] == ["segment HL is not part of an 835 remittance"]
    assert r.accounting.unread == 1 and r.accounting.balanced()


def test_truncated_file(tmp_path):
    text = envelope(txn(CLAIM))
    cut = text[: text.index("AMT*B6")] + "AMT*B6*10"
    r = read_text(tmp_path, cut)
    assert r.error is None and len(r.lines()) == 1
    assert "unclosed-transaction" in codes(r.statements[0].findings)
    assert {"unclosed-interchange", "unterminated-segment"} <= set(codes(r.notes))


def test_garbage_after_a_valid_file(tmp_path):
    text = envelope(txn(CLAIM)) + "\n\x01\x02 this is not x12 ~ nor this ~ %%%%"
    r = read_text(tmp_path, text)
    assert r.error is None and len(r.lines()) == 1
    assert "text-after-end" in codes(r.notes)
    assert r.accounting.unread == 3 and len(r.unread) == 3 and r.accounting.balanced()


def test_binary_junk_and_other_x12(tmp_path):
    assert read_text(tmp_path, b"\x00\x01\x02PK\x03garbage" * 50).error
    assert read_text(tmp_path, b"hello world, not x12\n").error
    assert not READER.identify(tmp_path / "x.pdf", b"%PDF-1.7\n")
    other = envelope(txn(CLAIM)).replace("ST*835*", "ST*837*")
    r = read_text(tmp_path, other)
    assert r.error and "837" in r.error


def test_huge_segment_without_terminator_is_bounded(tmp_path):
    text = envelope(txn(CLAIM)) + "ZZZ*" + "x" * 300_000
    r = read_text(tmp_path, text)
    assert r.error is None and len(r.lines()) == 1 and r.accounting.balanced()
    assert all(len(u.source.text) < 400 for u in r.unread)


def test_4010_file(tmp_path):
    isa = ISA.replace("*^*00501*", "*U*00401*")
    text = envelope(txn(CLAIM.replace("CAS*PR*2*20.00", "CAS*CR*2*20.00")), isa=isa).replace(
        "005010X221A1", "004010X091A1")
    r = read_text(tmp_path, text)
    assert r.error is None and r.lines()[0].adjustments[0].group == "CR"


def test_100k_line_file_streams(tmp_path):
    one = CLAIM.strip()
    body = "\n".join(one.replace("PCN1", f"P{i}") for i in range(2000))
    p = tmp_path / "big.835"
    p.write_text(envelope(txn(body, amount=str(D("80.00") * 2000))), encoding="utf-8")
    r = read(p)
    assert len(r.lines()) == 2000 and not r.statements[0].findings and r.accounting.balanced()


# ----------------------------------------------------------------------------------------- hypothesis

SEG_POOL = [
    "ISA*00*          *00*          *ZZ*A              *ZZ*B              *260101*1200*^*00501*1*0*P*:",
    "GS*HP*A*B*20260101*1200*1*X*005010X221A1", "ST*835*1", "SE*5*1", "GE*1*1", "IEA*1*1",
    "BPR*I*10.00*C*CHK************20260101", "BPR*I*x", "TRN*1*T", "N1*PR*P", "N1*PE*Q", "LX*1",
    "CLP*A*1*10*10", "CLP*A*22*-10*-10", "CLP**", "CAS*CO*45*1.00", "CAS*PR", "CAS*PR*1**3*2", "CAS",
    "SVC*HC:97110*10*10", "SVC*HC*1*2*3", "SVC*", "SVC*HC:97110*x*y**z*HC", "DTM*472*20261340",
    "DTM*472*20260101", "DTM*150", "DTM****RD8*2026-", "LQ*HE*N1", "AMT*B6*q", "REF*6R*1", "PLB*1*2026*WO:1*5",
    "PLB*1*x*WO", "PLB*1*20260101*:*", "NM1*QC*1*A*B****MI*1", "NM1*74*1", "MOA***MA01", "MIA*1", "", "  ",
    "\x00\x01", "ZZZ*1", "ééé*1", "ST*835", "SE", "ISA*short",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_random_bytes_never_raise(tmp_path, data):
    r = read_text(tmp_path, data)
    assert r.error is not None or (r.accounting is not None and r.accounting.balanced())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(segs=st.lists(st.sampled_from(SEG_POOL), max_size=40), term=st.sampled_from(["~", "\n", "~\n"]),
       lead=st.sampled_from(["ST*835*1", "ISA", ""]))
def test_segment_soup_never_raises(tmp_path, segs, term, lead):
    if lead == "ISA":
        segs = [SEG_POOL[0], *segs]
    elif lead:
        segs = [lead, *segs]
    r = read_text(tmp_path, term.join(segs))
    assert r.error is not None or (r.accounting is not None and r.accounting.balanced())
    if r.error is None:
        assert r.accounting.lines == len(r.lines())


# ------------------------------------------------------------------------- our own therapy samples

SAMPLES = REPO / "samples" / "x835"


def _visits():
    import importlib.util

    spec = importlib.util.spec_from_file_location("x835_visits", SAMPLES / "visits.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", ["therapy_5010.835", "therapy_odd_separators.835", "therapy_4010.835"])
def test_samples_read_back_to_the_visits(name):
    v = _visits()
    r = read(SAMPLES / name)
    assert r.error is None and r.accounting.balanced() and not r.unread
    assert len(r.statements) == len(v.PAYMENTS)
    for st_, pay in zip(r.statements, v.PAYMENTS):
        assert (st_.payer, st_.payee, st_.payment_id, st_.issued) == (
            v.PAYER["name"], v.PAYEE["name"], pay["payment_id"], date.fromisoformat(pay["issued"]))
        assert [(p.reason, p.reference, p.amount) for p in st_.provider_adjustments] == [
            (a, b, D(c)) for a, b, c in pay["provider_adjustments"]]
        assert "payment-imbalance" not in codes(st_.findings)
        assert len(st_.claims) == len(pay["claims"])
        for c, want in zip(st_.claims, pay["claims"]):
            assert (c.claim_id, c.payer_claim_id, c.status_code) == (want["claim_id"], want["payer_claim_id"], want["status"])
            assert c.patient == f"{want['patient']['first']} {want['patient']['last']}"
            assert not [f for f in c.findings if f.code != "claim-reversal"]
            got = [(ln.service_date, ln.code, ln.modifiers, ln.units, ln.billed, ln.allowed, ln.paid,
                    [(a.group, a.reason, a.amount) for a in ln.adjustments], list(ln.remarks), ln.line_ref)
                   for ln in c.lines]
            exp = [(date.fromisoformat(w["date"]), w["code"], tuple(w["modifiers"]), D(w["units"]), D(w["billed"]),
                    D(w["allowed"]) if w["allowed"] is not None else None, D(w["paid"]),
                    [(g, rs, D(a)) for g, rs, a in w["adjustments"]], w["remarks"], w["line_ref"])
                   for w in want["lines"]]
            assert got == exp
            for ln in c.lines:
                assert "line-imbalance" not in line_findings(ln)
