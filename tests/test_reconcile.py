"""eobreader reconcile: billed lines against remittance lines, as a biller would match and judge them."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from eobreader.model import Adjustment, Claim, ClaimStatus, FileResult, ServiceLine, SourceRef, Statement
from eobreader.reconcile import (
    OUTCOMES,
    RECONCILIATION_COLUMNS,
    ChargesError,
    dumps,
    read_charges,
    read_fee_schedule,
    reconcile,
    reconcile_results,
)
from eobreader.reconcile.names import NameMatch, compare
from eobreader.reconcile.timed import TimedItem, assign, cms_day_units, midpoint_units
from eobreader.writers.reconcile_xlsx import write_reconciliation

REPO = Path(__file__).resolve().parents[1]
MONTH = REPO / "samples" / "clinic_month"
D = Decimal
HEADER = "Patient,Service Date,CPT,Modifiers,Units,Minutes,Charge,Claim #,Insurance,Secondary Insurance\n"


def charges(tmp_path: Path, *rows: str, header: str = HEADER):
    p = tmp_path / "charges.csv"
    p.write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
    return read_charges(p)


def adj(code: str, amount: str) -> Adjustment:
    g, _, r = code.partition("-")
    return Adjustment(g, r, D(amount))


def remit(*claims: dict, payer: str = "CEDARLINE HEALTH PLAN", file: str = "era.835", issued: date | None = None) -> FileResult:
    out = []
    seg = 10
    for c in claims:
        lines = []
        for ln in c["lines"]:
            seg += 3
            lines.append(ServiceLine(
                source=SourceRef(file, line=seg), code=ln["code"], modifiers=tuple(ln.get("mods", ())),
                units=D(str(ln["units"])) if ln.get("units") is not None else None, service_date=ln["dos"],
                billed=D(ln["billed"]), allowed=D(ln["allowed"]) if ln.get("allowed") else None, paid=D(ln["paid"]),
                patient_owes=sum((D(a) for code, a in ln.get("adjs", []) if code.startswith("PR")), D("0.00")),
                adjustments=tuple(adj(code, a) for code, a in ln.get("adjs", [])), remarks=tuple(ln.get("remarks", ())),
                original_code=ln.get("original"),
            ))
        out.append(Claim(source=SourceRef(file, line=seg), claim_id=c.get("claim"), payer_claim_id=c.get("icn"),
                         patient=c["patient"], status=c.get("status", ClaimStatus.PROCESSED), lines=tuple(lines)))
    st = Statement(source=SourceRef(file), kind="x835", payer=payer, issued=issued, claims=tuple(out))
    return FileResult(file, kind="x835", statements=(st,))


def line(dos=date(2026, 1, 6), code="97530", mods=("GO",), units=2, billed="190.00", allowed="72.00", paid="57.60",
         adjs=(("CO-45", "118.00"), ("PR-2", "14.40")), **kw) -> dict:
    return {"dos": dos, "code": code, "mods": mods, "units": units, "billed": billed, "allowed": allowed, "paid": paid,
            "adjs": list(adjs), **kw}


ROW = "\"Rivera, Ana\",01/06/2026,97530,GO,2,30,190.00,JH-1,Cedarline Health Plan,"


def one(tmp_path, rows, *results, fees=None):
    rec = reconcile_results(charges(tmp_path, *rows), list(results), fees)
    return rec


# ---------------------------------------------------------------------------------------------- outcomes

def test_paid_in_full_exact_match_and_family_share(tmp_path):
    rec = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "claim": "JH-1", "lines": [line()]}))
    r = rec.rows[0]
    assert (r.outcome, r.match, r.paid, r.allowed, r.patient_owes) == ("paid in full", "exact", D("57.60"), D("72.00"), D("14.40"))
    assert r.row == 2 and "era.835 segment" in r.matched_to and "claim JH-1" in r.matched_to
    assert [w.action for w in rec.worklist] == ["bill the patient"] and rec.worklist[0].amount == D("14.40")
    assert rec.balances[0].owes == D("14.40") and "$14.40 coinsurance" in rec.balances[0].statement


def test_denied_line_says_why_and_what_to_do(tmp_path):
    rec = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [
        line(allowed=None, paid="0.00", adjs=[("CO-197", "190.00")], remarks=("N54",))]}))
    r = rec.rows[0]
    assert r.outcome == "denied" and "CO-197" in r.reason and "N54" in r.reason
    assert rec.worklist[0].action == "appeal" and rec.worklist[0].amount == D("190.00")
    assert rec.payers[0].denied_lines == 1 and rec.payers[0].denial_rate == 1.0 and "CO-197" in rec.payers[0].top_reasons


def test_bundled_denial_is_a_write_off_unless_distinct(tmp_path):
    rec = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [
        line(allowed=None, paid="0.00", adjs=[("CO-97", "190.00")], remarks=("M15",))]}))
    assert rec.rows[0].outcome == "denied" and rec.worklist[0].action == "write off"
    assert "modifier 59" in rec.rows[0].next_step


def test_deductible_is_paid_in_full_not_denied(tmp_path):
    rec = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [
        line(paid="0.00", adjs=[("CO-45", "118.00"), ("PR-1", "72.00")])]}))
    assert rec.rows[0].outcome == "paid in full" and rec.rows[0].patient_owes == D("72.00")
    assert rec.balances[0].deductible == D("72.00")


def test_pending_when_no_remittance_line(tmp_path):
    rec = one(tmp_path, [ROW], remit({"patient": "SOMEONE ELSE", "lines": [line()]}))
    assert rec.rows[0].outcome == "pending" and rec.rows[0].matched_to == ""
    assert rec.worklist[0].action in ("follow up", "match by hand")
    assert len(rec.unmatched) == 1  # the other patient's money is listed, not lost


def test_underpaid_below_allowed_minus_share(tmp_path):
    rec = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [line(paid="50.00", adjs=[("PR-2", "14.40")])]}))
    r = rec.rows[0]
    assert r.outcome == "underpaid" and r.underpaid_by == D("7.60")
    assert "$72.00 minus the family's share $14.40 is $57.60" in r.reason


def test_fee_schedule_underpayment_names_the_amount(tmp_path):
    fees_path = tmp_path / "fees.csv"
    fees_path.write_text("Code,Modifier,Payer,Fee\n97530,GO,Cedarline Health Plan,40.00\n", encoding="utf-8")
    fees = read_fee_schedule(fees_path)
    rec = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [line()]}), fees=fees)
    r = rec.rows[0]
    assert r.expected == D("80.00") and r.outcome == "underpaid" and r.underpaid_by == D("8.00")
    assert "$40.00 x 2 = $80.00" in r.reason
    assert [(w.action, w.amount) for w in rec.worklist] == [("bill the patient", D("14.40")), ("appeal", D("8.00"))]
    # the same payment without the schedule is paid in full
    assert one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [line()]})).rows[0].outcome == "paid in full"


def test_reversed_without_new_payment(tmp_path):
    first = remit({"patient": "ANA RIVERA", "lines": [line()]}, file="a.835", issued=date(2026, 1, 20))
    back = remit({"patient": "ANA RIVERA", "status": ClaimStatus.REVERSED, "lines": [
        line(units=-2, billed="-190.00", allowed=None, paid="-57.60", adjs=[("CO-45", "-118.00"), ("PR-2", "-14.40")])]},
        file="b.835", issued=date(2026, 2, 3))
    r = one(tmp_path, [ROW], first, back).rows[0]
    assert r.outcome == "reversed" and r.paid == D("0.00") and "took back $57.60" in r.reason
    assert "reversal: b.835" in r.matched_to


def test_reversed_then_paid_again_takes_the_new_outcome(tmp_path):
    first = remit({"patient": "ANA RIVERA", "lines": [line(paid="48.00", allowed="60.00", adjs=[("CO-45", "130.00"), ("PR-2", "12.00")])]},
                  file="a.835", issued=date(2026, 1, 20))
    again = remit(
        {"patient": "ANA RIVERA", "status": ClaimStatus.REVERSED, "lines": [
            line(units=-2, billed="-190.00", allowed=None, paid="-48.00", adjs=[("CO-45", "-130.00"), ("PR-2", "-12.00")])]},
        {"patient": "ANA RIVERA", "lines": [line()]}, file="b.835", issued=date(2026, 2, 3))
    r = one(tmp_path, [ROW], first, again).rows[0]
    assert r.outcome == "paid in full" and r.paid == D("57.60")
    assert r.reason.startswith("Reversed and paid again: $48.00 was taken back")


def test_outcomes_are_exactly_the_five():
    assert OUTCOMES == ("paid in full", "underpaid", "denied", "pending", "reversed")


# ---------------------------------------------------------------------------------------- match tolerance

def test_modifier_dropped_by_payer_is_a_strong_match(tmp_path):
    r = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [line(mods=())]})).rows[0]
    assert r.outcome == "paid in full" and r.match == "strong" and "GO not on the remittance" in r.match_notes


def test_code_changed_by_payer_matches_on_svc06(tmp_path):
    r = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [line(code="97110", original="97530-GO")]})).rows[0]
    assert r.match == "strong" and "changed the code to 97110" in r.match_notes


def test_units_cut_is_underpaid_and_the_minutes_decide_the_step(tmp_path):
    row = "\"Rivera, Ana\",01/06/2026,97530,GO,4,50,380.00,JH-1,Cedarline Health Plan,"
    rec = one(tmp_path, [row], remit({"patient": "ANA RIVERA", "lines": [
        line(units=3, billed="380.00", allowed="108.00", paid="108.00", adjs=[("CO-45", "177.00"), ("CO-151", "95.00")])]}))
    r = rec.rows[0]
    assert r.outcome == "underpaid" and r.underpaid_by == D("36.00") and "paid for 3 of 4 units" in r.reason
    assert rec.worklist[0].action == "write off"  # 50 minutes support 3 units: the payer was right
    row_ok = "\"Rivera, Ana\",01/06/2026,97530,GO,4,60,380.00,JH-1,Cedarline Health Plan,"
    rec2 = one(tmp_path, [row_ok], remit({"patient": "ANA RIVERA", "lines": [
        line(units=3, billed="380.00", allowed="108.00", paid="108.00", adjs=[("CO-45", "177.00"), ("CO-151", "95.00")])]}))
    assert rec2.worklist[0].action == "appeal" and "60 minutes support 4" in rec2.worklist[0].todo


def test_line_split_across_two_remittances(tmp_path):
    row = "\"Rivera, Ana\",01/15/2026,97530,GO,4,60,380.00,JH-1,Cedarline Health Plan,"
    half = dict(dos=date(2026, 1, 15), units=2, billed="190.00", allowed="72.00", paid="72.00", adjs=[("CO-45", "118.00")])
    r = one(tmp_path, [row], remit({"patient": "ANA RIVERA", "lines": [line(**half)]}, file="a.835"),
            remit({"patient": "ANA RIVERA", "lines": [line(**half)]}, file="b.835")).rows[0]
    assert r.outcome == "paid in full" and r.paid == D("144.00") and "Paid on 2 remittance lines" in r.reason
    assert "a.835" in r.matched_to and "b.835" in r.matched_to


@pytest.mark.parametrize("a,b,level", [
    ("Rivera, Ana", "ANA RIVERA", NameMatch.SAME),
    ("Rivera, Ana M", "Ana Rivera", NameMatch.SAME),
    ("Delgado-Brandt, Ines", "INES DELGADOBRANDT", NameMatch.SAME),
    ("Delgado-Brandt, Ines", "Ines Brandt", NameMatch.CLOSE),
    ("Oyelaran, Kaitlyn", "Kaitlin Oyelaran", NameMatch.CLOSE),
    ("Rivera, Samantha", "Sam Rivera", NameMatch.CLOSE),
    ("Tran, Bao", "B TRAN", NameMatch.CLOSE),
    ("Tran, Bao", "Binh Tran", NameMatch.NONE),  # a sibling, not a typo
    ("Tran, Bao", "K TRAN", NameMatch.NONE),
    ("Tran, Bao", "TRAN", NameMatch.PARTIAL),
])
def test_name_variants(a, b, level):
    assert compare(a, b).level is level


def test_name_spelled_differently_still_matches(tmp_path):
    r = one(tmp_path, [ROW], remit({"patient": "ANNA RIVERA", "lines": [line()]})).rows[0]
    assert r.outcome == "paid in full" and r.match == "strong" and "Ana/Anna" in r.match_notes


def test_ambiguous_match_is_reported_not_chosen(tmp_path):
    rows = ["\"Tran, Bao\",01/06/2026,97110,GO,1,15,80.00,,Cedarline Health Plan,",
            "\"Tran, Binh\",01/06/2026,97110,GO,1,15,80.00,,Cedarline Health Plan,"]
    rec = one(tmp_path, rows, remit({"patient": "B TRAN", "lines": [
        line(code="97110", units=1, billed="80.00", allowed="30.00", paid="30.00", adjs=[("CO-45", "50.00")])]}))
    assert [r.match for r in rec.rows] == ["ambiguous", "ambiguous"]
    assert all(r.outcome == "pending" and "Ambiguous" in r.reason for r in rec.rows)
    assert "row(s) 3" in rec.rows[0].reason and "row(s) 2" in rec.rows[1].reason
    assert len(rec.unmatched) == 1 and "rows 2, 3" in rec.unmatched[0].why
    assert {w.action for w in rec.worklist} == {"match by hand"}


def test_identical_charges_share_identical_payments(tmp_path):
    rows = [ROW, ROW]
    rec = one(tmp_path, rows, remit({"patient": "ANA RIVERA", "lines": [line(), line()]}))
    assert [r.outcome for r in rec.rows] == ["paid in full", "paid in full"]
    assert all("identical charge lines" in r.match_notes for r in rec.rows)
    assert rec.rows[0].matched_to != rec.rows[1].matched_to


def test_unmatched_remittance_money_is_listed(tmp_path):
    rec = one(tmp_path, [ROW], remit({"patient": "ANA RIVERA", "lines": [
        line(), line(code="97535", units=1, billed="82.00", allowed="32.00", paid="32.00", adjs=[("CO-45", "50.00")])]}))
    assert rec.rows[0].outcome == "paid in full"
    (u,) = rec.unmatched
    assert u.code == "97535" and u.paid == D("32.00") and "visit on this date" in u.why
    assert rec.payers[0].unmatched_paid == D("32.00")


# --------------------------------------------------------------------------------------------- timed codes

def test_eight_minute_rule_table():
    assert [cms_day_units(m) for m in (7, 8, 22, 23, 37, 38, 52, 53, 67, 68)] == [0, 1, 1, 2, 2, 3, 3, 4, 4, 5]


def test_facts_example_33_plus_7_minutes_is_three_units_under_cms():
    u = assign([TimedItem(1, "97530", 33), TimedItem(2, "97110", 7)])
    assert (u[1].cms, u[2].cms, u[1].day_units) == (2, 1, 3)
    assert (u[1].midpoint, u[2].midpoint) == (2, 0)  # per code: 7 minutes are below the midpoint


def test_facts_example_10_plus_10_minutes():
    u = assign([TimedItem(1, "97110", 10), TimedItem(2, "97116", 10)])
    assert u[1].cms + u[2].cms == 1 and u[1].midpoint + u[2].midpoint == 2
    u7 = assign([TimedItem(1, "97110", 7), TimedItem(2, "97116", 7)])
    assert u7[1].cms + u7[2].cms == 1 and u7[1].midpoint + u7[2].midpoint == 0


def test_midpoint_for_longer_blocks():
    assert midpoint_units(31, 60) == 1 and midpoint_units(30, 60) == 0 and midpoint_units(16, 30) == 1


def test_timed_check_explains_the_difference(tmp_path):
    rows = ["\"Rivera, Ana\",01/06/2026,97110,GO,1,10,80.00,,Cedarline Health Plan,",
            "\"Rivera, Ana\",01/06/2026,97112,GO,1,10,85.00,,Cedarline Health Plan,"]
    rec = one(tmp_path, rows)
    a, b = rec.rows
    assert (a.cms_units, b.cms_units, a.midpoint_units, b.midpoint_units) == (1, 0, 1, 1)
    assert "20 timed minutes" in b.timed_check and "a payer that follows CMS would allow 0" in b.timed_check


# ------------------------------------------------------------------------------------- reader, sheet, CLI

def test_charges_reader_rows_minutes_and_problems(tmp_path):
    cf = charges(tmp_path, ROW, ",,,,,,,,,", "\"Rivera, Ana\",01/07/2026,,,1,,45.00,,,", "Total,,,,3,,235.00,,,")
    assert cf.has_minutes and [c.row for c in cf.charges] == [2]
    c = cf.charges[0]
    assert (c.patient, c.code, c.modifiers, c.units, c.minutes, c.billed, c.payer) == (
        "Rivera, Ana", "97530", ("GO",), D(2), 30, D("190.00"), "Cedarline Health Plan")
    assert [u.source.row for u in cf.problems] == [4]  # a charge with no code is a problem, the total is not


def test_not_a_charges_file(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("item,qty\nmilk,1\n")
    with pytest.raises(ChargesError):
        read_charges(p)


def test_reconciliation_sheet_contract_and_row_numbers(tmp_path):
    rec = one(tmp_path, [ROW, ",,,,,,,,,", ROW.replace("01/06", "01/07")], remit({"patient": "ANA RIVERA", "lines": [line()]}))
    out = write_reconciliation(rec, tmp_path / "r.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[:5] == ["Reconciliation", "Worklist", "Patient balances", "Unmatched remittance", "Payer summary"]
    ws = wb["Reconciliation"]
    header = [c.value for c in ws[1]]
    assert tuple(header[:16]) == RECONCILIATION_COLUMNS
    assert [ws.cell(r, 1).value for r in (2, 3)] == [2, 4]  # row numbers as the charges file shows them
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    billed = ws.cell(2, header.index("Billed") + 1)
    assert isinstance(billed.value, (int, float)) and "$" in billed.number_format
    assert ws.cell(2, header.index("Service Date") + 1).is_date


def test_formula_looking_text_stays_text(tmp_path):
    rec = one(tmp_path, ["\"=HYPERLINK(1)\",01/06/2026,97530,GO,2,30,190.00,JH-1,Cedarline Health Plan,"])
    ws = load_workbook(write_reconciliation(rec, tmp_path / "r.xlsx"))["Reconciliation"]
    cell = ws.cell(2, 3)
    assert cell.value == "=HYPERLINK(1)" and cell.data_type == "s"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return subprocess.run([sys.executable, "-m", "eobreader", "reconcile", *args], capture_output=True, text=True,
                          env=env, timeout=300)


needs_month = pytest.mark.skipif(not (MONTH / "charges_january.csv").exists(), reason="samples/clinic_month not generated")


@needs_month
def test_cli_exit_codes(tmp_path):
    out = tmp_path / "r.xlsx"
    ok = _run("--charges", str(MONTH / "charges_january.csv"), str(MONTH), "-o", str(out), "-j", "0")
    assert ok.returncode == 0, ok.stderr
    assert out.exists() and "paid in full" in ok.stdout
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    some = _run("--charges", str(MONTH / "charges_january.csv"), str(MONTH), str(tmp_path / "broken.pdf"),
                "-o", str(tmp_path / "r2.xlsx"), "-q", "-j", "0")
    assert some.returncode == 1 and (tmp_path / "r2.xlsx").exists() and "broken.pdf" in some.stderr
    assert "Traceback" not in some.stderr
    bad_charges = tmp_path / "x.csv"
    bad_charges.write_text("item,qty\nmilk,1\n")
    assert _run("--charges", str(bad_charges), str(MONTH), "-o", str(tmp_path / "r3.xlsx")).returncode == 2
    assert _run(str(MONTH), "-o", str(tmp_path / "r4.xlsx")).returncode == 2  # --charges is required
    assert _run("--charges", str(MONTH / "charges_january.csv"), str(tmp_path / "nothing_here"),
                "-o", str(tmp_path / "r5.xlsx")).returncode == 2


# ---------------------------------------------------------------------------------------- the clinic month

@needs_month
def test_clinic_month_matches_golden():
    rec = reconcile(MONTH / "charges_january.csv", [MONTH], fee_schedule=MONTH / "fee_schedule.csv")
    want = (MONTH / "reconciliation.expected.json").read_text(encoding="utf-8")
    got = dumps(rec)
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "expected", "now"))
        pytest.fail("the clinic month reconciles differently (to accept on purpose: python "
                    f"samples/clinic_month/make_clinic_month.py --expected):\n{diff}", pytrace=False)


@needs_month
def test_clinic_month_covers_every_outcome_and_case():
    rec = reconcile(MONTH / "charges_january.csv", [MONTH], fee_schedule=MONTH / "fee_schedule.csv")
    assert set(rec.outcome_counts()) == set(OUTCOMES) and all(rec.outcome_counts().values())
    reasons = " ".join(r.reason for r in rec.rows)
    notes = " ".join(r.match_notes for r in rec.rows)
    for text in ("Reversed and paid again", "Paid on 2 remittance lines", "paid for 3 of 4 units", "Kaitlyn/Kaitlin"):
        assert text in reasons + notes, text
    assert "GO not on the remittance" in notes and "changed the code" in notes
    assert len(rec.unmatched) == 1 and rec.unmatched[0].code == "97535"
    amounts = [w.amount for w in rec.worklist]
    assert amounts == sorted(amounts, reverse=True)  # most money first
    assert {"appeal", "send records", "bill the patient", "bill the secondary", "write off", "follow up"} <= {
        w.action for w in rec.worklist}
