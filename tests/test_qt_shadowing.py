"""No class in ui/ assigns an attribute over a method of its Qt base class.

`self.event = …` on a QObject hides `QObject.event()`; Qt calls it on the next event delivered to that
object and the process dies (segmentation fault). The same for `result`, `x`, `y`, `scroll`, … on widgets.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _qt_method_names(cls: type) -> set[str]:
    names: set[str] = set()
    for base in cls.__mro__:
        if base.__module__.startswith(("PySide6.", "Shiboken")):
            names.update(n for n, v in vars(base).items() if callable(v) and not n.startswith("__"))
    return names


def _assigned_attributes(node: ast.ClassDef) -> dict[str, int]:
    found: dict[str, int] = {}
    for sub in ast.walk(node):
        targets: list[ast.expr] = []
        if isinstance(sub, ast.Assign):
            targets = list(sub.targets)
        elif isinstance(sub, ast.AnnAssign | ast.AugAssign):
            targets = [sub.target]
        for target in targets:
            for leaf in ast.walk(target):
                if (isinstance(leaf, ast.Attribute) and isinstance(leaf.value, ast.Name)
                        and leaf.value.id == "self"):
                    found.setdefault(leaf.attr, leaf.lineno)
    return found


def _ui_modules() -> list[str]:
    return sorted(".".join(p.relative_to(ROOT).with_suffix("").parts)
                  for p in (ROOT / "ui").rglob("*.py") if p.name != "__init__.py")


def shadowing_assignments(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    tree = ast.parse(inspect.getsource(module))
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        cls = getattr(module, node.name, None)
        if not isinstance(cls, type):
            continue
        qt_methods = _qt_method_names(cls)
        for attr, line in _assigned_attributes(node).items():
            if attr in qt_methods:
                problems.append(f"{module_name}:{line} {node.name}.{attr} hides a Qt method")
    return problems


@pytest.mark.parametrize("module_name", _ui_modules())
def test_no_ui_class_hides_a_qt_method(qapp, module_name: str) -> None:
    assert shadowing_assignments(module_name) == []


def test_the_check_finds_a_hidden_method(qapp, tmp_path, monkeypatch) -> None:
    """The check itself: a widget that sets `self.result` is reported."""
    (tmp_path / "shadow_probe.py").write_text(
        "from PySide6.QtWidgets import QDialog, QLabel\n"
        "class Probe(QDialog):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.result = QLabel()\n"
        "        self.fine = QLabel()\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert shadowing_assignments("shadow_probe") == ["shadow_probe:5 Probe.result hides a Qt method"]
