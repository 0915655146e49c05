"""The command line as a user runs it: exit codes, stderr reasons, the explain command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

REPO = Path(__file__).resolve().parents[1]
SHEETS = REPO / "samples" / "sheets"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return subprocess.run([sys.executable, "-m", "eobreader", *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=300)


def test_folder_reads_and_exits_zero(tmp_path):
    out = tmp_path / "r.xlsx"
    p = run(str(SHEETS), "-o", str(out))
    assert p.returncode == 0, p.stderr
    assert out.exists() and "Read 5 of 5 files" in p.stdout
    assert load_workbook(out)["Charges"].max_row > 20


def test_some_files_unreadable_exit_one_and_named_on_stderr(tmp_path):
    (tmp_path / "good.csv").write_bytes((SHEETS / "clinic_pm_export.csv").read_bytes())
    (tmp_path / "shopping.csv").write_text("item,qty\nmilk,1\n")
    out = tmp_path / "r.xlsx"
    p = run(str(tmp_path), "-o", str(out), "--quiet")
    assert p.returncode == 1
    assert out.exists()
    assert "shopping.csv: not an EOB export" in p.stderr
    assert "Traceback" not in p.stderr and p.stdout == ""


def test_usage_errors_exit_two(tmp_path):
    assert run().returncode == 2
    assert run(str(tmp_path), "-o", str(tmp_path / "x.xlsx")).returncode == 2  # nothing to read
    assert run(str(SHEETS), "-o", str(tmp_path / "x.txt")).returncode == 2
    bad = tmp_path / "g.csv"
    bad.write_text("nonsense\n1\n")
    p = run(str(SHEETS), "-o", str(tmp_path / "x.xlsx"), "--glossary", str(bad))
    assert p.returncode == 2 and "glossary" in p.stderr


def test_missing_path_is_named(tmp_path):
    p = run(str(SHEETS / "clinic_pm_export.csv"), str(tmp_path / "nope.pdf"), "-o", str(tmp_path / "r.xlsx"))
    assert p.returncode == 1 and "nope.pdf: no such file or folder" in p.stderr


def test_works_from_any_folder(tmp_path):
    p = run(str(SHEETS / "medicaid_ra.csv"), "-o", "r.xlsx", "-j", "0", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "r.xlsx").exists()


def test_explain_prints_plain_words():
    p = run("explain", "97530", "CO-45", "N130", "GO")
    assert p.returncode == 0, p.stderr
    text = p.stdout.lower()
    for code in ("97530", "co-45", "n130", "go"):
        assert code in text
    assert "write" in text or "do not owe" in text or "don't owe" in text


def test_user_glossary_overrides(tmp_path):
    g = tmp_path / "mine.csv"
    g.write_text("kind,code,short_name,explanation\nrarc,ZZ9,Local remark,Our payer's own note about therapy visits.\n")
    p = run("explain", "ZZ9", "--glossary", str(g))
    assert p.returncode == 0 and "our payer's own note" in p.stdout.lower()
