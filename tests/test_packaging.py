"""What a plain `pip install .` ships: every package folder, the glossary data, the web assets."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_for_the_wheel():
    cfg = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(cfg["packages"])
    found = {
        ".".join(p.parent.relative_to(REPO / "src").parts)
        for p in (REPO / "src").rglob("__init__.py")
    }
    missing = found - listed
    assert not missing, f"package folders not in pyproject's packages list (a non-editable install drops them): {missing}"
    assert "eobreader.glossary_data" in listed and cfg["package-dir"]["eobreader.glossary_data"] == "glossary"


def test_glossary_files_are_package_data():
    cfg = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    patterns = cfg["eobreader.glossary_data"]
    for f in (REPO / "glossary").iterdir():
        if f.name.startswith((".", "__")):
            continue
        assert any(f.match(p) for p in patterns), f"glossary/{f.name} would not be in the wheel"
