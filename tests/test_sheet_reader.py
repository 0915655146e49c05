"""The spreadsheet/CSV reader on exports it was never shown: new header words, encodings, delimiters,
title rows, value styles, totals rows, several sheets, and files that are not EOBs at all."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from eobreader.pipeline import read_raw
from eobreader.sources.sheet import SheetReader, find_header
from eobreader.vocab import Field, match_header

D = Decimal
REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO.parent / "shared" / "realworld"


def write_csv(path: Path, rows: list[list[object]], delimiter=",", encoding="utf-8") -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def only_lines(result):
    assert result.ok, result.error
    return result.lines()


@pytest.mark.parametrize("heading,field", [
    ("DOS", Field.SERVICE_DATE), ("Svc Date", Field.SERVICE_DATE), ("From", Field.SERVICE_DATE),
    ("Date(s) of Service", Field.SERVICE_DATE), ("CPT/HCPCS", Field.CODE), ("Proc Code", Field.CODE),
    ("Service Code", Field.CODE), ("Mod1", Field.MODIFIERS), ("Modifier(s)", Field.MODIFIERS), ("Units/Days", Field.UNITS),
    ("NOS", Field.UNITS), ("Qty", Field.UNITS), ("Total Charges", Field.BILLED), ("Amount Billed", Field.BILLED),
    ("Approved", Field.ALLOWED), ("Medicare-Approved Amount", Field.ALLOWED), ("Ins Paid", Field.PAID),
    ("Plan Paid", Field.PAID), ("Payment", Field.PAID), ("Adj", Field.ADJUSTMENT), ("Adjustment Reason", Field.ADJUSTMENT_CODE),
    ("Deductible", Field.DEDUCTIBLE), ("Copay", Field.COPAY), ("Coinsurance", Field.COINSURANCE),
    ("Pt Resp", Field.PATIENT_OWES), ("Patient Balance", Field.PATIENT_OWES), ("You Owe", Field.PATIENT_OWES),
    ("Maximum You May Be Billed", Field.PATIENT_OWES), ("Claim #", Field.CLAIM_ID), ("ICN", Field.PAYER_CLAIM_ID),
    ("Patient", Field.PATIENT), ("Member", Field.PATIENT), ("Member ID", Field.MEMBER_ID),
    ("Amount Not Covered", Field.NOT_COVERED), ("Plan Discount", Field.DISCOUNT), ("allowed_units", Field.UNITS),
    ("adj_0_group", Field.ADJUSTMENT_GROUP), ("Recipient Name", Field.PATIENT), ("Amount Billed ($)", Field.BILLED),
    ("Date Paid", Field.OTHER_DATE), ("Check #", None), ("Favourite colour", None),
])
def test_header_vocabulary(heading, field):
    assert match_header(heading) is field


def test_unseen_export_dialect(tmp_path):
    """Header words, delimiter, title rows and value styles none of the samples use."""
    rows = [
        ["Prairie Valley Health - ERA detail report", "", "", ""],
        ["Generated 2026-03-02 by an export nobody here has seen"],
        [],
        ["Srvc Date", "Thru Date", "Procedure Code", "Modifier 1", "Modifier 2", "Units of Service", "Charge Amt",
         "Eligible Amount", "Net Payment", "Adjustment Code", "Adjustment Amount", "Patient Liability", "TCN", "Client Name"],
        ["2026-02-03", "2026-02-03", "97530", "GO", "", "4", "USD 400.00", "300.00", "240.00", "CO45", "100.00", "60.00",
         "TCN-0001", "Rowan Pike"],
        ["2026-02-03", "", "97140", "GO", "59", "1", "USD 100.00", "75.00", "60.00", "CO45", "25.00", "15.00", "TCN-0001",
         "Rowan Pike"],
        ["03-Feb-2026", "", "92507", "GN", "", "1", "USD 150.00", "0.00", "0.00", "CO-50", "150.00", "0.00", "TCN-0002",
         "Rowan Pike"],
        ["Sum", "", "", "", "", "", "USD 650.00", "", "300.00", "", "", "75.00", "", ""],
    ]
    path = write_csv(tmp_path / "era_detail.txt", rows, delimiter="|")
    result = read_raw(path)
    lines = only_lines(result)
    assert [ln.code for ln in lines] == ["97530", "97140", "92507"]
    first = lines[0]
    assert first.service_date == date(2026, 2, 3) and first.units == D(4)
    assert (first.billed, first.allowed, first.paid, first.patient_owes) == (D("400.00"), D("300.00"), D("240.00"), D("60.00"))
    assert [(a.group, a.reason, a.amount) for a in first.adjustments] == [("CO", "45", D("100.00"))]
    assert lines[1].modifiers == ("GO", "59")
    assert lines[2].service_date == date(2026, 2, 3)
    st = result.statements[0]
    assert [c.payer_claim_id for c in st.claims] == ["TCN-0001", "TCN-0002"]
    assert st.claims[0].patient == "Rowan Pike"
    assert st.totals.billed == D("650.00") and st.totals.paid == D("300.00")
    assert result.accounting.balanced() and result.accounting.lines == 3


def test_cp1252_semicolon_and_negative_styles(tmp_path):
    rows = [
        ["Date of Service", "CPT", "Qty", "Amount Charged", "Amount Paid", "Adj"],
        ["01/05/26", "97110", "2", "1.234,50", "(45.00)", "45.00-"],
    ]
    path = write_csv(tmp_path / "export.csv", rows, delimiter=";", encoding="cp1252")
    path.write_bytes(path.read_bytes().replace(b"Qty", b"Qty\xe9"[:3]))  # stays cp1252-clean
    line = only_lines(read_raw(path))[0]
    assert line.billed == D("1234.50") and line.paid == D("-45.00")
    assert line.adjustments[0].amount == D("-45.00") and line.adjustments[0].reason == ""


def test_encodings(tmp_path):
    rows = [["Patient", "DOS", "CPT", "Billed", "Paid"], ["Zoë Ñúñez", "01/05/2026", "97530", "95.00", "76.00"]]
    for enc, prefix in (("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-8", b"")):
        p = write_csv(tmp_path / f"e_{enc}_{len(prefix)}.csv", rows, encoding=enc)
        p.write_bytes(prefix + p.read_bytes())
        res = read_raw(p)
        assert res.statements[0].claims[0].patient == "Zoë Ñúñez", enc


def test_workbook_with_cover_sheet_merged_title_and_excel_dates(tmp_path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Read me"
    cover.append(["Member ID:", "ZZ-1"])
    ws = wb.create_sheet("Lines")
    ws.merge_cells("A1:F1")
    ws["A1"] = "Claims for January"
    ws.append(["Service Dt", "Code/Mod", "Unit Count", "Billed Charges", "Plan Payment", "Member Owes"])
    ws.append([datetime(2026, 1, 7), "97110-GP", "2.000", 180.0, 144.0, 36.0])
    ws.append([46029, "97112 GP", 1, 95.5, 76.4, 19.1])
    ws.append(["Total", None, None, 275.5, 220.4, 55.1])
    p = tmp_path / "portal.xlsx"
    wb.save(p)
    res = read_raw(p)
    lines = only_lines(res)
    assert [ln.service_date for ln in lines] == [date(2026, 1, 7), date(2026, 1, 7)]
    assert lines[0].units == D(2) and lines[1].billed == D("95.50") and lines[1].patient_owes == D("19.10")
    assert res.statements[0].claims[0].member_id == "ZZ-1"
    assert res.statements[0].totals.paid == D("220.40")
    assert any(n.code == "sheet-ignored" for n in res.notes)


def test_row_with_amounts_but_no_code_is_listed_not_dropped(tmp_path):
    rows = [["DOS", "CPT", "Billed", "Paid"], ["01/05/2026", "97530", "95.00", "76.00"], ["01/05/2026", "", "40.00", "32.00"],
            ["01/05/2026", "9753O", "40.00", "32.00"]]
    res = read_raw(write_csv(tmp_path / "x.csv", rows))
    assert len(res.lines()) == 1
    assert len(res.unread) == 2 and "no procedure code" in res.unread[0].reason
    assert res.unread[0].source.row == 3
    assert res.accounting.balanced()


def test_unreadable_cell_leaves_field_empty_with_a_finding(tmp_path):
    rows = [["DOS", "CPT", "Billed", "Paid"], ["someday", "97530", "95.00", "lots"]]
    line = read_raw(write_csv(tmp_path / "x.csv", rows)).lines()[0]
    assert line.service_date is None and line.paid is None and line.billed == D("95.00")
    assert {f.code for f in line.findings} == {"unreadable-value"}


@pytest.mark.parametrize("content,why", [
    (b"name,qty\napples,3\npears,4\n", "not an EOB export"),
    (b"just some notes\nnothing tabular here\n", "not an EOB export"),
])
def test_not_an_eob(tmp_path, content, why):
    p = tmp_path / "list.csv"
    p.write_bytes(content)
    res = read_raw(p)
    assert not res.ok and why in res.error and "\n" not in res.error


def test_broken_and_fake_workbooks(tmp_path):
    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(["DOS", "CPT", "Billed", "Paid"])
    wb.save(good)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:300])
    res = read_raw(broken)
    assert not res.ok and res.error and "\n" not in res.error
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0 old binary excel")
    res = read_raw(fake)
    assert not res.ok


def test_header_found_below_title_rows():
    grid = [["Report"], [], ["a", "b"], ["DOS", "CPT", "Billed", "Paid", "Patient"], ["01/01/26", "97110", "1", "1", "x"]]
    h, n, cols = find_header(grid)
    assert (h, n) == (3, 1) and cols.first(Field.CODE) == 1


def test_two_row_header():
    grid = [["Date of", "Proc", "Amount", "Amount", "Amount"], ["Service", "Code", "Billed", "Allowed", "Paid"],
            ["01/05/26", "97110", "10.00", "8.00", "8.00"]]
    h, n, cols = find_header(grid)
    assert (h, n) == (0, 2)
    assert cols.first(Field.ALLOWED) == 3 and cols.first(Field.SERVICE_DATE) == 0


@pytest.mark.skipif(not REALWORLD.exists(), reason="../shared/realworld is not beside the repo")
def test_reads_another_parsers_export():
    """edi-835-parser's expected CSV: a header vocabulary (charge_amount, adj_0_group ...) never shown here."""
    res = read_raw(REALWORLD / "spreadsheets" / "edi835parser_expected_blue_cross_nc_sample.csv")
    lines = only_lines(res)
    assert lines[0].code == "59430" and lines[0].billed == D("1210.00") and lines[0].paid == D("1057.86")
    assert [(a.group, a.reason, a.amount) for a in lines[0].adjustments] == [("CO", "42", D("34.60")), ("PR", "2", D("117.54"))]


def test_identify_by_content(tmp_path):
    r = SheetReader()
    p = tmp_path / "noext"
    p.write_bytes(b"DOS,CPT,Billed\n01/01/26,97110,10\n")
    assert r.identify(p, p.read_bytes())
    assert not r.identify(p, b"%PDF-1.7 ...")


def test_charges_export_is_noted_not_read_as_an_eob(tmp_path):
    rows = [["Patient", "DOS", "CPT", "Mod", "Units", "Charge", "Minutes"], ["Ana B", "01/05/2026", "97530", "GO", "2", "190.00", "30"]]
    res = read_raw(write_csv(tmp_path / "charges.csv", rows))
    assert res.ok and res.lines() == []
    assert [n.code for n in res.notes] == ["charges-only"] and "reconcile" in res.notes[0].message
    assert res.accounting.balanced()


def test_abbreviated_headers(tmp_path):
    rows = [["DOS", "PROC", "UNT", "CHG", "ALWD", "DED", "COIN", "PD", "RMK"],
            ["01/05/2026", "97530GO", "3", "285.00", "228.00", "0.00", "45.60", "182.40", "N130"]]
    line = only_lines(read_raw(write_csv(tmp_path / "abbr.csv", rows)))[0]
    assert (line.units, line.billed, line.allowed, line.coinsurance, line.paid, line.remarks) == (
        D(3), D("285.00"), D("228.00"), D("45.60"), D("182.40"), ("N130",))


def test_repeated_unnumbered_adjustment_triples_and_numbered_carc(tmp_path):
    rows = [["Service Date", "Proc", "Charge", "Paid", "Adj Group", "Adj Reason", "Adj Amount", "Adj Group", "Adj Reason",
             "Adj Amount", "Adj Group 1", "CARC 1", "Adj Amt 1"],
            ["01/07/2026", "97161", "180.00", "116.64", "CO", "45", "34.20", "PR", "2", "29.16", "OA", "23", "0.01"]]
    line = only_lines(read_raw(write_csv(tmp_path / "t.csv", rows)))[0]
    assert [(a.group, a.reason, a.amount) for a in line.adjustments] == [
        ("CO", "45", D("34.20")), ("PR", "2", D("29.16")), ("OA", "23", D("0.01"))]


def test_adjustments_heading_over_codes_and_x12_spelling(tmp_path):
    rows = [["DOS", "Proc", "Billed", "Paid", "Adjustments", "Adj Reason Codes"],
            ["01/09/2026", "97530", "285.00", "222.25", "CO 45 42.75, PR 3 20.00", "CO*45*1.00 PR*2*2.00"]]
    line = only_lines(read_raw(write_csv(tmp_path / "t.csv", rows)))[0]
    assert [(a.group, a.reason, a.amount) for a in line.adjustments] == [
        ("CO", "45", D("42.75")), ("PR", "3", D("20.00")), ("CO", "45", D("1.00")), ("PR", "2", D("2.00"))]


def test_patient_last_and_first_columns_and_reversal_claims(tmp_path):
    rows = [["Account holder: Ivo Brennan", "Account: HSA ****8831"],
            ["Claim ID", "Payer Claim #", "Patient Last", "Patient First", "DOS", "CPT", "Billed", "Paid"],
            ["K1", "P1", "Quennell", "Tobias", "01/07/2026", "97166", "235.00", "152.28"],
            ["K1", "P1R", "Quennell", "Tobias", "01/07/2026", "97166", "-235.00", "-152.28"]]
    res = read_raw(write_csv(tmp_path / "t.csv", rows))
    claims = res.statements[0].claims
    assert [(c.claim_id, c.payer_claim_id, c.patient) for c in claims] == [
        ("K1", "P1", "Quennell, Tobias"), ("K1", "P1R", "Quennell, Tobias")]
