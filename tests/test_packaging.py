"""The wheel's package list (pyproject.toml) names every folder of code and of shipped files in the tree, so
`pip install .` carries all of it (tests/test_readme_commands.py runs the installed app itself)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _listed() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    return set(config["packages"])


def test_every_code_folder_is_a_listed_package() -> None:
    found = set()
    for top in ("ocop_desk", "ui"):
        for source in (ROOT / top).rglob("*.py"):
            if "__pycache__" not in source.parts:
                found.add(".".join(source.parent.relative_to(ROOT).parts))
    assert found - _listed() == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_every_resource_folder_ships() -> None:
    folders = {"ocop_desk_resources"} | {
        "ocop_desk_resources." + ".".join(d.relative_to(ROOT / "resources").parts)
        for d in (ROOT / "resources").rglob("*") if d.is_dir() and d.name != "__pycache__"}
    assert folders - _listed() == set(), "add these to [tool.setuptools] packages in pyproject.toml"
