"""Every row of the shipped code book: columns, code shapes, completeness, the corrections recorded in
facts.md, and a guard against copying official CARC/RARC or CPT wording."""

from __future__ import annotations

import csv
import importlib.util
import io
import re
from importlib import resources
from pathlib import Path

import pytest

from eobreader import glossary
from eobreader.glossary import NEXT_STEPS, TABLES, WHO_PAYS, columns

G = glossary.load()

SHAPES = {
    # CPT category I (5 digits), category II/III (4 digits + F/T), HCPCS level II (letter + 4 digits)
    "procedure": re.compile(r"\d{5}|\d{4}[FT]|[A-Z]\d{4}"),
    "modifier": re.compile(r"[A-Z0-9]{2}"),
    "group": re.compile(r"CO|PR|OA|PI|CR"),
    "carc": re.compile(r"\d{1,3}|[A-Z]\d{1,3}"),
    "rarc": re.compile(r"MA\d{2,3}|M\d{1,3}|N\d{1,4}"),
}


def raw_rows(kind: str) -> tuple[list[str], list[dict[str, str]]]:
    name = TABLES[kind][0]
    text = resources.files("eobreader.glossary_data").joinpath(name).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


@pytest.mark.parametrize("kind", list(TABLES))
def test_columns_are_exactly_the_record_fields(kind):
    header, rows = raw_rows(kind)
    assert len(header) == len(set(header)), f"{kind}: repeated column"
    assert set(header) == set(columns(kind)), f"{kind}: columns {sorted(set(header) ^ set(columns(kind)))}"
    for i, row in enumerate(rows, start=2):
        assert None not in row, f"{kind} row {i}: more cells than columns"
        assert all(v is not None for v in row.values()), f"{kind} row {i}: fewer cells than columns"


@pytest.mark.parametrize("kind", list(TABLES))
def test_codes_have_valid_shapes_and_are_unique(kind):
    _, rows = raw_rows(kind)
    seen: set[str] = set()
    for i, row in enumerate(rows, start=2):
        code = row["code"].strip()
        assert code == row["code"], f"{kind} row {i}: code has spaces around it"
        assert SHAPES[kind].fullmatch(code), f"{kind} row {i}: bad code shape {code!r}"
        assert code not in seen, f"{kind}: duplicate code {code}"
        seen.add(code)


@pytest.mark.parametrize("kind", list(TABLES))
def test_no_empty_names_or_explanations(kind):
    _, rows = raw_rows(kind)
    for row in rows:
        for col in ("short_name", "explanation"):
            assert row[col].strip(), f"{kind} {row['code']}: empty {col}"
        assert row["explanation"].strip().endswith((".", "?")), f"{kind} {row['code']}: explanation is not a sentence"
        assert len(row["short_name"]) <= 80, f"{kind} {row['code']}: short name too long"


def test_explanations_are_distinct_within_each_table():
    for kind in ("group", "carc", "rarc"):
        _, rows = raw_rows(kind)
        texts = [r["explanation"] for r in rows]
        dupes = {t for t in texts if texts.count(t) > 1}
        assert not dupes, f"{kind}: same explanation on several codes: {dupes}"


def test_counts_meet_the_issue():
    assert len(G.procedures) >= 150
    assert len(G.carcs) >= 80
    assert len(G.rarcs) >= 40
    assert set(G.groups) == {"CO", "PR", "OA", "PI", "CR"}
    required_mods = {"GO", "GP", "GN", "KX", "CO", "CQ", "59", "XE", "XS", "XP", "XU", "25", "52", "76", "77",
                     "95", "GT", "93", "96", "97", "GA", "GY", "GZ", "RT", "LT", "50", "FA", "TA", "HA", "HB",
                     "HN", "HO", "NU", "RR", "UE"}
    required_mods |= {f"F{i}" for i in range(1, 10)} | {f"T{i}" for i in range(1, 10)}
    required_mods |= {f"U{i}" for i in range(1, 10)} | {"UA", "UB", "UC", "UD"}
    assert required_mods <= set(G.modifiers), sorted(required_mods - set(G.modifiers))


def test_required_procedure_families_are_present():
    want = {f"{c}" for c in range(97161, 97173)}
    want |= {"97010", "97012", "97014", "97016", "97018", "97022", "97024", "97026", "97028",
             "97032", "97033", "97034", "97035", "97036", "97039",
             "97110", "97112", "97113", "97116", "97124", "97139", "97140", "97150",
             "97530", "97533", "97535", "97537", "97542", "97545", "97546",
             "97750", "97755", "97760", "97761", "97763", "97799", "97129", "97130", "97127", "G0515",
             "97550", "97551", "97552", "92507", "92508", "92521", "92522", "92523", "92524", "92526", "92610",
             "92605", "92618", "92607", "92608", "92609", "96110", "96112", "96113",
             "98975", "98976", "98977", "98978", "98980", "98981", "98979", "98984", "98985", "98986",
             "G0283", "G0281", "97597", "97598", "97605", "97606", "L3807", "L3906", "L3913",
             "99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215",
             "90791", "90792", "90832", "90833", "90834", "90836", "90837", "90838", "90846", "90847", "90853",
             "98966", "98967", "98968", "99441", "99442", "99443", "G2012"}
    assert want <= set(G.procedures), sorted(want - set(G.procedures))
    assert any(c.startswith("29") for c in G.procedures)


def test_procedure_rows_are_consistent():
    for p in G.procedures.values():
        assert p.category, f"{p.code}: no category"
        assert p.discipline, f"{p.code}: no discipline"
        assert p.status in ("active", "deleted"), f"{p.code}: status {p.status!r}"
        if p.deleted:
            assert p.status_year, f"{p.code}: deleted without a year"
        if p.timed:
            assert p.minutes_per_unit and p.minutes_per_unit > 0, f"{p.code}: timed without minutes_per_unit"
        else:
            assert p.minutes_per_unit is None, f"{p.code}: untimed code with minutes_per_unit"
        assert p.max_units_per_visit is not None and p.max_units_per_visit >= 1, f"{p.code}: no unit bound"
        assert p.therapy in ("always", "sometimes", ""), f"{p.code}: therapy {p.therapy!r}"
        if p.status_year is not None:
            assert 1990 <= p.status_year <= 2026, f"{p.code}: odd year {p.status_year}"


def test_add_on_codes_name_existing_active_base_codes():
    add_ons = [p for p in G.procedures.values() if p.is_add_on]
    assert len(add_ons) >= 10
    for p in add_ons:
        for base in p.add_on_to:
            assert base in G.procedures, f"{p.code}: base {base} is not in the glossary"
            assert base != p.code
        # at least one base must be a main code (not itself an add-on), or the pair can never be valid
        assert any(not G.procedures[b].is_add_on for b in p.add_on_to), p.code


def test_add_on_pairs_from_the_issue():
    pairs = {"97130": "97129", "97546": "97545", "96113": "96112", "97551": "97550", "92618": "92605",
             "92608": "92607", "98981": "98980", "97598": "97597"}
    for add_on, base in pairs.items():
        assert base in G.procedures[add_on].add_on_to, add_on
    assert {"99205", "99215"} <= set(G.procedures["99417"].add_on_to)


def test_minutes_per_unit_from_the_issue():
    expect = {"97110": 15, "97530": 15, "97545": 120, "97546": 60, "97129": 15, "97130": 15, "96112": 60,
              "96113": 30, "92605": 60, "92618": 30, "92607": 60, "92608": 30, "97550": 30, "97551": 15}
    for code, minutes in expect.items():
        p = G.procedures[code]
        assert p.timed and p.minutes_per_unit == minutes, code
    for code in ("92507", "92526", "97150", "97165", "97010", "G0283", "97014"):
        assert not G.procedures[code].timed, code


def test_facts_md_corrections_hold():
    for code in ("97161", "97162", "97163", "97164"):
        assert G.procedures[code].discipline == "PT", code
        assert "physical therap" in G.procedures[code].explanation.lower()
    for code in ("97165", "97166", "97167", "97168"):
        assert G.procedures[code].discipline == "OT", code
        assert "occupational therap" in G.procedures[code].explanation.lower()
    for code in ("97169", "97170", "97171", "97172"):
        assert G.procedures[code].discipline == "AT", code
    hubbard = G.procedures["97036"]
    assert "tub" in hubbard.explanation.lower() or "tank" in hubbard.short_name.lower()
    assert "electric" not in hubbard.explanation.lower() and "stimulation" not in hubbard.short_name.lower()
    assert hubbard.timed and hubbard.minutes_per_unit == 15
    group = G.procedures["97150"]
    assert not group.timed and "group" in group.short_name.lower()
    assert "pool" not in group.explanation.lower() and "aquatic" not in group.short_name.lower()
    assert "pool" in G.procedures["97113"].explanation.lower()
    _, rows = raw_rows("procedure")
    assert [r["code"] for r in rows].count("97546") == 1
    assert G.procedures["97546"].add_on_to == ("97545",)
    for code in ("97127", "G0515"):
        p = G.procedures[code]
        assert p.deleted and p.status_year == 2020, code
    assert "G0283" in G.procedures["97014"].notes and "Medicare" in G.procedures["97014"].notes
    assert "frequency" not in G.procedures["97032"].explanation.lower()
    assert G.procedures["97032"].timed


def test_adjustment_rows_are_consistent():
    for g in G.groups.values():
        assert g.who_pays in WHO_PAYS and g.who_pays, g.code
    assert G.groups["CO"].who_pays == "clinic" and G.groups["PR"].who_pays == "family"
    for r in G.carcs.values():
        assert r.who_pays in WHO_PAYS and r.who_pays, f"CARC {r.code}: who_pays {r.who_pays!r}"
        assert r.next_step in NEXT_STEPS, f"CARC {r.code}: next_step {r.next_step!r}"
        assert r.next_step_text.strip(), f"CARC {r.code}: no next_step_text"
    for r in G.rarcs.values():
        assert r.next_step in NEXT_STEPS, f"RARC {r.code}: next_step {r.next_step!r}"
        assert r.next_step_text.strip(), f"RARC {r.code}: no next_step_text"
    for code in ("1", "2", "3"):
        assert G.carcs[code].who_pays == "family" and G.carcs[code].next_step == "pay"
    assert G.carcs["45"].who_pays == "clinic" and G.carcs["45"].next_step == "none"
    assert G.carcs["197"].next_step == "auth"
    assert G.carcs["22"].next_step == "cob"
    assert G.carcs["16"].next_step == "fix"
    # facts.md 4c: N115 is the local (LCD) rule, N386 the national (NCD) one; some lists swap them
    assert "local" in G.rarcs["N115"].explanation.lower()
    assert "national" in G.rarcs["N386"].explanation.lower()


def test_modifier_meanings_from_facts():
    assert "occupational" in G.modifiers["GO"].explanation.lower()
    assert "physical" in G.modifiers["GP"].explanation.lower()
    assert "speech" in G.modifiers["GN"].explanation.lower()
    assert "thumb" in G.modifiers["FA"].explanation.lower() and "left" in G.modifiers["FA"].explanation.lower()
    assert "right" in G.modifiers["F5"].explanation.lower() and "thumb" in G.modifiers["F5"].explanation.lower()
    for code in ("U1", "UD"):
        assert "state" in G.modifiers[code].explanation.lower()
    assert "never" in G.modifiers["96"].explanation.lower() or "habilitative" in G.modifiers["96"].explanation.lower()


# ------------------------------------------------------------------------------ own-words guard

# Official wording we must not copy (short reference strings for this check only).
OFFICIAL = [
    # X12 CARC
    "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.",
    "Claim/service lacks information or has submission/billing error(s).",
    "These are non-covered services because this is not deemed a 'medical necessity' by the payer.",
    ("The benefit for this service is included in the payment/allowance for another service/procedure that "
    "has already been adjudicated."),
    "Precertification/authorization/notification/pre-treatment absent.",
    "This service/equipment/drug is not covered under the patient's current benefit plan.",
    "This care may be covered by another payer per coordination of benefits.",
    "Benefit maximum for this time period or occurrence has been reached.",
    ("Payment adjusted because the payer deems the information submitted does not support this "
    "many/frequency of services."),
    "The procedure code is inconsistent with the modifier used or a required modifier is missing.",
    ("Claim/service not covered by this payer/contractor. You must send the claim/service to the correct "
    "payer/contractor."),
    "An attachment/other documentation is required to adjudicate this claim/service.",
    "Expenses incurred after coverage terminated.",
    "The time limit for filing has expired.",
    "Procedure code was invalid on the date of service.",
    # X12 RARC
    "Consult plan benefit documents/guidelines for information about restrictions for this service.",
    "The number of Days or Units of Service exceeds our acceptable maximum.",
    ("Separately billed services/tests have been bundled as they are considered components of the same "
    "procedure. Separate payment is not allowed."),
    ("Not covered when performed during the same session/date as a previously processed service for the "
    "patient."),
    ("Your claim contains incomplete and/or invalid information, and no appeal rights are afforded because "
    "the claim is unprocessable. Please submit a new claim with the complete/correct information."),
    "Service denied because payment already made for same/similar procedure within set time frame.",
    # AMA CPT descriptors
    ("Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises to develop strength and "
    "endurance, range of motion and flexibility"),
    ("Therapeutic activities, direct (one-on-one) patient contact (use of dynamic activities to improve "
    "functional performance), each 15 minutes"),
    "Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual",
]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _shingles(text: str, n: int) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def _all_texts():
    for kind in TABLES:
        _, rows = raw_rows(kind)
        for row in rows:
            for col in ("short_name", "explanation", "next_step_text"):
                if row.get(col):
                    yield f"{kind} {row['code']} {col}", row[col]


def test_guard_detects_copied_wording():
    # the check itself must be able to fail
    copied = "Note: charge exceeds fee schedule maximum allowable or contracted legislated fee arrangement here"
    official = set().union(*(_shingles(t, 8) for t in OFFICIAL))
    assert _shingles(copied, 8) & official


def test_no_explanation_shares_eight_words_with_official_wording():
    official = set().union(*(_shingles(t, 8) for t in OFFICIAL))
    hits = [(where, " ".join(s)) for where, text in _all_texts() for s in _shingles(text, 8) & official]
    assert not hits, hits[:5]


def test_no_explanation_shares_six_words_with_official_wording():
    official = set().union(*(_shingles(t, 6) for t in OFFICIAL))
    hits = [(where, " ".join(s)) for where, text in _all_texts() for s in _shingles(text, 6) & official]
    assert not hits, hits[:5]


def _reading_level_module():
    pytest.importorskip("textstat")
    path = Path(__file__).resolve().parents[1] / "bench" / "reading_level.py"
    spec = importlib.util.spec_from_file_location("bench_reading_level", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reading_level_of_glossary_is_about_eighth_grade():
    rl = _reading_level_module()
    # sentences only: short names are labels, and a grade formula means nothing for two words
    grades = [rl.fk_grade(text) for where, text in _all_texts() if not where.endswith("short_name")]
    mean = sum(grades) / len(grades)
    assert mean <= 8.0, f"mean Flesch-Kincaid grade {mean:.1f}"
    assert max(grades) <= 14, "one explanation reads far above a parent's level"
