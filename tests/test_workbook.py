"""The workbook contract (relied on by users and other tools) and output safety."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

import eobreader
from eobreader.report import CHARGES_COLUMNS

REPO = Path(__file__).resolve().parents[1]
SHEETS = REPO / "samples" / "sheets"

CONTRACT = ["File", "Page", "Payer", "Claim", "Patient", "Service Date", "Code", "Modifiers", "Units", "Billed",
            "Allowed", "Paid", "Patient Owes", "Adjustments", "Remarks", "Service", "Explanation", "Checks"]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    out = tmp_path_factory.mktemp("wb") / "report.xlsx"
    results = eobreader.read([SHEETS])
    eobreader.write_report(results, out)
    return load_workbook(out), results


def rows_by_header(ws):
    header = [c.value for c in ws[1]]
    return header, [dict(zip(header, row)) for row in ws.iter_rows(min_row=2)]


def test_sheets_and_charges_header(workbook):
    wb, _ = workbook
    assert CHARGES_COLUMNS == tuple(CONTRACT)
    for name in ("Charges", "Summary", "Codes", "Problems", "Checks", "What You Owe"):
        assert name in wb.sheetnames
    header = [c.value for c in wb["Charges"][1]]
    assert header[: len(CONTRACT)] == CONTRACT


def test_one_row_per_service_line(workbook):
    wb, results = workbook
    assert wb["Charges"].max_row - 1 == sum(len(r.lines()) for r in results)


def test_cell_types_and_formats(workbook):
    wb, _ = workbook
    _, rows = rows_by_header(wb["Charges"])
    assert rows
    for r in rows:
        d = r["Service Date"]
        if d.value is not None:
            assert isinstance(d.value, datetime) and d.is_date
        for col in ("Billed", "Allowed", "Paid", "Patient Owes"):
            c = r[col]
            if c.value is not None:
                assert isinstance(c.value, (int, float)) and "$" in c.number_format, (col, c.value)
        if r["Units"].value is not None:
            assert isinstance(r["Units"].value, (int, float))
        assert r["Explanation"].value and r["Explanation"].alignment.wrap_text
        assert r["Service"].value
    mods = {r["Modifiers"].value for r in rows if r["Modifiers"].value}
    assert "GO, 59" in mods
    adj = [r["Adjustments"].value for r in rows if r["Adjustments"].value and ";" in r["Adjustments"].value]
    assert adj and all(re.fullmatch(r"([A-Z]{2}-\w+( -?[\d,]+\.\d\d)?|adjustment -?[\d,]+\.\d\d)(; .+)*", a) for a in adj)
    pages = {r["Page"].value for r in rows}
    assert any(p and p.startswith("Claims Detail row ") for p in pages)  # sheet name and row for workbooks
    assert any(p and re.fullmatch(r"row \d+", p) for p in pages)  # row for CSV files


def test_layout_niceties(workbook):
    wb, _ = workbook
    for name in ("Charges", "Summary", "Codes", "Problems"):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert wb["Charges"].column_dimensions["Q"].width >= 50  # Explanation is wide


def test_problems_sheet_lists_unread_rows(workbook):
    wb, _ = workbook
    _, rows = rows_by_header(wb["Problems"])
    assert any("no procedure code" in (r["Reason"].value or "") and "remit_report.xlsx" in r["File"].value for r in rows)
    assert not any("total" in (r["Reason"].value or "").lower() for r in rows)  # findings live on Checks


def test_checks_sheet_lists_every_finding_worst_first(workbook):
    wb, results = workbook
    _, rows = rows_by_header(wb["Checks"])
    n = sum(len(ln.findings) for r in results for ln in r.lines())
    n += sum(len(c.findings) for r in results for s in r.statements for c in s.claims)
    n += sum(len(s.findings) for r in results for s in r.statements)
    assert len(rows) == n
    levels = {(r["Level"].value, r["Check"].value) for r in rows}
    assert ("claim", "claim-total-mismatch") in levels and ("document", "statement-total-mismatch") in levels
    assert ("line", "denied") in levels
    sev = [r["Severity"].value for r in rows]
    assert sev == sorted(sev, key=["error", "warning", "info"].index)


HOSTILE = ['=HYPERLINK("http://example.invalid","click")', "+SUM(1,2)", "-2+3", "@cmd", "\t=1+1", "\r=1+1"]


def test_input_text_never_becomes_a_formula(tmp_path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Patient", "Claim #", "DOS", "CPT", "Description", "Billed", "Paid"])
    for i, text in enumerate(HOSTILE):
        w.writerow([text, text, "01/05/2026", "97530", text, "10.00", "8.00"])
    src = tmp_path / "hostile.csv"
    src.write_text(buf.getvalue())
    out = tmp_path / "out.xlsx"
    eobreader.write_report(eobreader.read(src), out)
    wb = load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
    _, rows = rows_by_header(wb["Charges"])
    patients = [r["Patient"] for r in rows]
    for cell in patients:
        assert cell.data_type == "s"
        if cell.value.startswith(("=", "+", "-", "@")):
            assert cell.quotePrefix
    # the text itself is kept (readers clean white space; the formula characters stay visible)
    assert {c.value for c in patients} >= {'=HYPERLINK("http://example.invalid","click")', "+SUM(1,2)", "-2+3", "@cmd"}
    raw = out.read_bytes()
    assert b"<f>" not in raw


def test_dataframe_has_charges_columns():
    results = eobreader.read([SHEETS / "clinic_pm_export.csv"])
    df = eobreader.charges_frame(results)
    assert list(df.columns) == CONTRACT
    assert len(df) == 7
    assert str(df.loc[0, "Billed"]) == "210.00"  # Decimal kept, not float


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed here")
def test_libreoffice_opens_the_workbook(workbook, tmp_path):
    """LibreOffice loads the file and exports every sheet: no repair needed, nothing lost."""
    wb, results = workbook
    out = tmp_path / "r.xlsx"
    eobreader.write_report(results, out)
    p = subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                        str(out), "--outdir", str(tmp_path / "csv")], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    charges = (tmp_path / "csv" / "r-Charges.csv").read_text(encoding="utf-8").splitlines()
    assert charges[0].startswith("File,Page,Payer,Claim,Patient,Service Date,Code")
    assert len(charges) - 1 >= sum(len(r.lines()) for r in results)  # wrapped cells may add physical lines
    assert {f.name.removeprefix("r-").removesuffix(".csv") for f in (tmp_path / "csv").iterdir()} >= set(wb.sheetnames)


def test_written_off_counts_printed_discounts_when_no_codes():
    from eobreader.model import Adjustment, ServiceLine, SourceRef
    from eobreader.report import written_off_on

    d = __import__("decimal").Decimal
    src = SourceRef("x.pdf", page=1)
    assert written_off_on(ServiceLine(src, billed=d("100"), discount=d("30"))) == d("30")
    coded = ServiceLine(src, discount=d("30"), adjustments=(Adjustment("CO", "45", d("30")), Adjustment("PR", "2", d("5"))))
    assert written_off_on(coded) == d("30")  # not counted twice
    assert written_off_on(ServiceLine(src)) == 0


def test_codes_explained_by_the_documents_own_legend():
    from eobreader.model import Claim, FileResult, ServiceLine, SourceRef, Statement
    from eobreader.report import build_report

    src = SourceRef("eob.pdf", page=1)
    st = Statement(src, "pdf", claims=(Claim(src, lines=(ServiceLine(src, code="97530", remarks=("D3",)),)),),
                   legend=(("D3", "This amount was applied to your yearly deductible."),))
    row = next(r for r in build_report([FileResult("eob.pdf", statements=(st,))]).codes if r.code == "D3")
    assert row.name == "The plan's own code" and "applied to your yearly deductible" in row.explanation
    assert row.document_text == "This amount was applied to your yearly deductible."


def test_what_you_owe_counts_each_share_once_and_duplicate_claims_once():
    from eobreader.checks import check_across_files
    from eobreader.model import Adjustment, Claim, FileResult, ServiceLine, SourceRef, Statement
    from eobreader.report import build_report

    d = __import__("decimal").Decimal
    src = SourceRef("a.835", line=1)
    line = ServiceLine(src, code="97530", billed=d("100"), paid=d("60"), patient_owes=d("20"), deductible=d("20"),
                       adjustments=(Adjustment("CO", "45", d("20")), Adjustment("PR", "1", d("20"))))
    claim = Claim(src, claim_id="C1", payer_claim_id="P1", patient="Ana B", lines=(line,))
    files = [FileResult(n, statements=(Statement(SourceRef(n), "x835", payer="X", claims=(claim,)),)) for n in ("a.835", "b.835")]
    row = build_report(check_across_files(files)).patients[0]
    assert row.owes == d("20") and row.lines == 1
    assert row.why.startswith("$20.00 deductible") and "counted once" in row.why
