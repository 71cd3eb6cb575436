"""House rules: the domain package never imports widgets or ui/; imports follow the layers of
docs/ARCHITECTURE.md with no circle between modules; ruff and mypy stay clean."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.import_graph import LAYERS, arrows, cycles, graph_of, source_files, violation

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _imports_widgets(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name == "PySide6.QtWidgets" or a.name.startswith("PySide6.QtWidgets.") for a in node.names)
    if isinstance(node, ast.ImportFrom) and node.module:
        return (node.module == "PySide6.QtWidgets" or node.module.startswith("PySide6.QtWidgets.")
                or (node.module == "PySide6" and any(a.name == "QtWidgets" for a in node.names)))
    return False


def test_domain_package_is_gui_free() -> None:
    """No QtWidgets and no ui/ anywhere in ocop_desk/, at module level or inside a function."""
    offenders = []
    for module, path in source_files(ROOT).items():
        if module.split(".")[0] != "ocop_desk":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _imports_widgets(node) or (isinstance(node, ast.Import | ast.ImportFrom) and any(
                    name == "ui" or name.startswith("ui.") for name in _names(node))):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def _names(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    return [node.module or ""] if not node.level else []


def test_imports_follow_the_layers() -> None:
    """A lower package never imports a higher one, peers never import each other (lazy imports count)."""
    wrong = [f"{a.source} → {a.target} (line {a.line}, {a.how}): {why}"
             for a in arrows(ROOT) if (why := violation(a.source, a.target))]
    assert wrong == []


def test_no_import_circle_between_modules() -> None:
    assert cycles(graph_of(arrows(ROOT))) == []


def test_every_package_is_in_a_layer_and_on_the_map() -> None:
    """A new package needs a row in LAYERS and a line in docs/ARCHITECTURE.md."""
    layered = {(top, name) for top, rows in LAYERS.items() for row in rows for name in row}
    packages = {(m.split(".")[0], m.split(".")[1]) for m, p in source_files(ROOT).items()
                if p.name == "__init__.py" and m.count(".") == 1}
    assert packages - layered == set()
    architecture = (ROOT / "docs/ARCHITECTURE.md").read_text(encoding="utf-8")
    assert [f"{top}/{name}/" for top, name in sorted(packages) if f"{top}/{name}/" not in architecture] == []


# -- the rule and the circle finder themselves, on made-up imports ---------------------------------------


@pytest.mark.parametrize(("source", "target", "allowed"), [
    ("ocop_desk.store.backup", "ocop_desk.core.errors", True),
    ("ocop_desk.core.crashlog", "ocop_desk", True),
    ("ocop_desk.reports.summary", "ocop_desk.live.service", True),
    ("ocop_desk.cli.live", "ocop_desk.live.tally", True),
    ("ocop_desk.store.backup", "ocop_desk.store.database", True),
    ("ocop_desk.core.validate", "ocop_desk.store.models", False),  # lower imports higher
    ("ocop_desk.store.database", "ocop_desk.fair.events", False),
    ("ocop_desk.checkin.desk", "ocop_desk.reports.summary", False),
    ("ocop_desk.live.tally", "ocop_desk.labels.content", False),  # peers
    ("ocop_desk.reports.export", "ocop_desk.cli.common", False),
    ("ocop_desk.labels.render", "ui.common.tasks", False),  # the domain never imports the window
    ("ui.common.tasks", "ocop_desk.core.errors", True),
    ("ui.common.tasks", "ocop_desk.cli", False),
])
def test_the_layer_rule(source: str, target: str, allowed: bool) -> None:
    assert (violation(source, target) is None) == allowed


def test_the_rule_refuses_a_package_in_no_layer() -> None:
    assert "in no layer" in (violation("ocop_desk.newthing.x", "ocop_desk.core.errors") or "")


def test_a_lazy_upward_import_is_caught(tmp_path: Path) -> None:
    """A made-up tree: core imports store inside a function, store imports core at the top."""
    for folder in ("ocop_desk/core", "ocop_desk/store"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "__init__.py").write_text('"""x"""\n')
    (tmp_path / "ui").mkdir()
    (tmp_path / "ocop_desk/__init__.py").write_text("")
    (tmp_path / "ocop_desk/core/low.py").write_text("def f():\n    from ocop_desk.store import high\n")
    (tmp_path / "ocop_desk/store/high.py").write_text("from ocop_desk.core.low import f\n")
    found = arrows(tmp_path)
    assert {(a.source, a.target, a.how) for a in found} == {
        ("ocop_desk.core.low", "ocop_desk.store.high", "function"),
        ("ocop_desk.store.high", "ocop_desk.core.low", "module")}
    assert [a.source for a in found if violation(a.source, a.target)] == ["ocop_desk.core.low"]
    assert cycles(graph_of(found)) == [["ocop_desk.core.low", "ocop_desk.store.high"]]


def test_the_circle_finder() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"b"}}) == []


def test_start_up_loads_sqlalchemy_before_qt() -> None:
    """main.py imports ocop_desk.cli first. PySide6's import hook reads the source of every module imported
    after it into memory (about 12 MB for SQLAlchemy's), so nothing on that path may import Qt."""
    probe = "import sys, ocop_desk.cli; print('PySide6' in sys.modules, 'sqlalchemy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["False", "True"], result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_mypy_is_clean_on_the_services_and_the_window() -> None:
    """pyproject's `files` names both trees, so `mypy` alone (as CI runs it) checks the window too."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert {"ocop_desk", "ui"} <= set(config["files"])
    assert config.get("disallow_untyped_defs") is True
    result = subprocess.run([str(BIN / "mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout
    checked = int(result.stdout.rsplit("in ", 1)[1].split()[0])
    window_modules = len(list((ROOT / "ui").rglob("*.py")))
    assert checked >= window_modules + len(list((ROOT / "ocop_desk").rglob("*.py")))
