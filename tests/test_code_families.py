"""Codes the book lacks are still placed in their family (CPT section or HCPCS letter range)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from eobreader import glossary
from eobreader.explain import describe, explain_line
from eobreader.model import ServiceLine, SourceRef

G = glossary.load()


def test_every_family_row_is_well_formed():
    assert len(G.families) >= 30
    for f in G.families:
        assert f.family and f.explanation.endswith(".")
        assert glossary._same_kind(f.start, f.end) and glossary._code_key(f.start) <= glossary._code_key(f.end)


@pytest.mark.parametrize("code,family", [
    ("V2103", "Vision item"), ("S0580", "Private plan code"), ("0552T", "New technology service"),
    ("2022F", "Quality tracking code"), ("99215", "Doctor visit or care management"), ("L5600", "Artificial limb"),
    ("L3999", "Brace or splint"), ("H0004", "Behavioral health (Medicaid)"), ("29999", "Surgery or procedure"),
    ("29105", "Cast or splint"), ("90837", "Mental health service"), ("12345", "Surgery or procedure"),
])
def test_narrowest_family_wins(code, family):
    assert G.family(code).family == family


def test_unknown_shapes_have_no_family():
    assert G.family("X1234") is None and G.family("") is None and G.family(None) is None


def test_unknown_code_is_explained_by_its_family():
    line = ServiceLine(SourceRef("r.835"), code="V2103", billed=Decimal("5.50"), paid=Decimal("5.50"))
    ex = explain_line(line, G)
    assert ex.service == "Vision item (code V2103)"
    assert "not in our code book" in ex.explanation and "glasses" in ex.explanation
    assert "glasses" in describe(["V2103"], G)
