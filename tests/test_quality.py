"""House rules: the domain package never imports widgets or ui/, and ruff and mypy stay clean."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_domain_package_is_gui_free() -> None:
    pattern = re.compile(r"^\s*(from PySide6(\.QtWidgets| import .*QtWidgets)|import PySide6\.QtWidgets|from ui[. ]|import ui\b)",
                         re.M)
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "ocop_desk").rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []


def test_ruff_is_clean() -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_mypy_is_clean_on_the_domain() -> None:
    result = subprocess.run([str(BIN / "mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout
