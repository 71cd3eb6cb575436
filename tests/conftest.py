"""Shared fixtures: a fresh migrated database per test, the sample fair, the window, offscreen Qt."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt or reads the data folder: tests never touch the user's files or screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = tempfile.mkdtemp(prefix="ocop-desk-tests-")
os.environ["OCOP_DESK_DATA"] = _DATA
os.environ.pop("OCOP_DESK_DB", None)
os.environ.pop("OCOP_DESK_OPERATOR", None)

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from ocop_desk.audit import Actor  # noqa: E402
from ocop_desk.i18n import load_language  # noqa: E402
from ocop_desk.store import Store  # noqa: E402

DEMO_DAY = dt.date(2026, 10, 14)


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test gets a copy (Alembic per test would triple the suite's time)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Store.open(path).close()
    return path


@pytest.fixture(scope="session")
def _demo_template_db(tmp_path_factory: pytest.TempPathFactory, _template_db: Path) -> Path:
    from ocop_desk.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(_template_db, path)
    store = Store.open(path)
    load_demo(store, Actor(operator="fixture"), first_day=DEMO_DAY, days=3)
    store.close()
    return path


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    """Messages in English unless a test asks for Vietnamese (the app's default is Vietnamese)."""
    load_language("en")
    yield
    load_language("en")


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path) -> Path:
    path = tmp_path / "ocop.sqlite3"
    shutil.copy(_template_db, path)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def demo_db_path(tmp_path: Path, _demo_template_db: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(_demo_template_db, path)
    return path


@pytest.fixture
def demo_store(demo_db_path: Path) -> Iterator[Store]:
    s = Store.open(demo_db_path)
    yield s
    s.close()


@pytest.fixture
def actor() -> Actor:
    return Actor(operator="Nguyễn Thu Hà", station="desk-1")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run `ocop-desk ARGS` in-process: returns (exit code, stdout, stderr)."""
    from ocop_desk.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        argv = list(args) if "--lang" in args else ["--lang", "en", *args]
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def window(qtbot, demo_store: Store, actor: Actor):  # type: ignore[no-untyped-def]
    """The real main window over the sample fair, in English."""
    from ui.app import app_settings, install_language, make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = make_application()
    install_language(app, "en")
    settings = app_settings()
    settings.clear()
    ctx = AppContext(demo_store, actor)
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    install_language(app, "en")
