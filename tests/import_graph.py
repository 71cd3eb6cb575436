"""Who imports whom in ocop_desk/ and ui/, read with `ast` (not by importing anything), and the layering rule.

Every import counts: at module level, inside a function (a lazy import is still an arrow), and a dotted
string naming one of our modules (`importlib.import_module("ocop_desk.cli.events")`, the main window's
"ui.checkin.page:CheckinPage"). docs/ARCHITECTURE.md draws the same layers.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

TOPS = ("ocop_desk", "ui")

# Lowest first. A package imports only from packages in lower rows; the packages of one row are peers
# and import nothing of each other. The top-level package itself (its __init__) is the bottom row.
LAYERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ocop_desk": (
        ("ocop_desk",),
        ("core",),
        ("store",),
        ("fair",),
        ("checkin",),
        ("registration", "labels", "live"),
        ("reports",),
        ("cli",),
    ),
    "ui": (
        ("ui",),
        ("common",),
        ("fair", "checkin", "registration", "labels", "live", "reports", "store"),
        ("shell",),
    ),
}
# ui/ may use any service package except the command line (the window and the CLI are two faces of the
# same services); ocop_desk/ never imports ui/.
UI_MAY_NOT_USE = ("ocop_desk.cli",)

_DOTTED = re.compile(r"^(?:ocop_desk|ui)(?:\.\w+)+(?::\w+)?$")


@dataclass(frozen=True)
class Arrow:
    source: str  # importing module, dotted
    target: str  # imported module, dotted
    line: int
    how: str  # "module", "function" or "string"


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files(root: Path) -> dict[str, Path]:
    found = {}
    for top in TOPS:
        for path in sorted((root / top).rglob("*.py")):
            if "__pycache__" not in path.parts:
                found[module_name(root, path)] = path
    return found


def _resolve(name: str, modules: Iterable[str]) -> str | None:
    """The module that `name` (a module, or a name inside one) belongs to, if it is one of ours."""
    known = set(modules)
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def _imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join(package + ([node.module] if node.module else []))
    # `from a.b import c`: c may be a module (a.b.c) or a name in a.b; both resolve below.
    return [f"{base}.{alias.name}" for alias in node.names]


def arrows(root: Path) -> list[Arrow]:
    """Every import between our modules, with where and how it is made."""
    files = source_files(root)
    found = []
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        in_function: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                in_function.update(id(child) for child in ast.walk(node) if child is not node)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                how = "function" if id(node) in in_function else "module"
                names = _imported_names(node, module, is_package)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _DOTTED.match(node.value):
                how, names = "string", [node.value.replace(":", ".")]
            else:
                continue
            for name in names:
                target = _resolve(name, files)
                if target is not None and target != module:
                    found.append(Arrow(module, target, node.lineno, how))
    return found


def package_of(module: str) -> str:
    """The package a module belongs to for the layering: `ocop_desk.store.backup` → `store`; the
    top-level package itself → `ocop_desk` (or `ui`)."""
    top, _, rest = module.partition(".")
    return rest.split(".")[0] if rest else top


def rank(top: str, package: str, layers: Mapping[str, tuple[tuple[str, ...], ...]] = LAYERS) -> int | None:
    for i, row in enumerate(layers[top]):
        if package in row:
            return i
    return None


def violation(source: str, target: str,
              layers: Mapping[str, tuple[tuple[str, ...], ...]] = LAYERS) -> str | None:
    """Why `source` may not import `target`, or None when the arrow is allowed."""
    s_top, t_top = source.split(".")[0], target.split(".")[0]
    if s_top == "ocop_desk" and t_top == "ui":
        return "the domain never imports the window"
    if s_top == "ui" and t_top == "ocop_desk":
        if any(target == bad or target.startswith(bad + ".") for bad in UI_MAY_NOT_USE):
            return "the window does not go through the command line"
        return None
    s_pkg, t_pkg = package_of(source), package_of(target)
    if s_pkg == t_pkg:
        return None
    s_rank, t_rank = rank(s_top, s_pkg, layers), rank(t_top, t_pkg, layers)
    for pkg, r in ((s_pkg, s_rank), (t_pkg, t_rank)):
        if r is None:
            return f"{s_top}.{pkg} is in no layer: add it to LAYERS in tests/import_graph.py"
    assert s_rank is not None and t_rank is not None
    if s_rank == t_rank:
        return f"{s_top}.{s_pkg} and {t_top}.{t_pkg} are peers: neither imports the other"
    if s_rank < t_rank:
        return f"{s_top}.{s_pkg} is below {t_top}.{t_pkg}: a lower package never imports a higher one"
    return None


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The import circles: strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    nodes = set(graph) | {t for targets in graph.values() for t in targets}

    def visit(start: str) -> None:  # iterative, so a long chain cannot hit the recursion limit
        nonlocal counter
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    for node in sorted(nodes):
        if node not in index:
            visit(node)
    return sorted(found)


def graph_of(found: Iterable[Arrow]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for arrow in found:
        graph.setdefault(arrow.source, set()).add(arrow.target)
    return graph
