"""Shared fixtures: a fresh migrated database per test, the sample fair, the window, offscreen Qt.

Backends: `store`, `demo_store`, `db_target`, `demo_target` and `cli_db` run every test that uses them on
SQLite and, when OCOP_TEST_PG_URL names a PostgreSQL server (tests/services.sh starts one), on
PostgreSQL too: a fresh database per test, copied from a migrated template. Tests that are about the
SQLite file itself are marked `sqlite_only` (a test that also asks for `db_path`/`demo_db_path` is
SQLite-only by itself, and there `store` is that file), tests of the server itself `postgres`;
Qt tests (those using `qtbot`) run on SQLite unless marked `backends("sqlite", "postgresql")`. The pytest
header and summary say which backends ran. `make_db(backend, kind)` makes more databases in one test.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Local time is Vietnam's (UTC+7), as at a fair, so a time shown or exported in UTC instead of local time
# fails a test; set before anything reads the zone, and inherited by the CLI and Xvfb subprocesses.
os.environ["TZ"] = "Asia/Ho_Chi_Minh"
time.tzset()
# Set before anything imports Qt or reads the data folder: tests never touch the user's files or screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = tempfile.mkdtemp(prefix="ocop-desk-tests-")
os.environ["OCOP_DESK_DATA"] = _DATA
os.environ.pop("OCOP_DESK_DB", None)
os.environ.pop("OCOP_DESK_OPERATOR", None)

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from ocop_desk.core.i18n import load_language  # noqa: E402
from ocop_desk.store.audit import Actor  # noqa: E402
from ocop_desk.store.database import Store  # noqa: E402

DEMO_DAY = dt.date(2026, 10, 14)
PG_URL = os.environ.get("OCOP_TEST_PG_URL") or None
BACKENDS: tuple[str, ...] = ("sqlite", "postgresql") if PG_URL else ("sqlite",)
_NO_PG = "PostgreSQL not tested: OCOP_TEST_PG_URL is not set (bash tests/run.sh starts a server)"


def _backends_line() -> str:
    if PG_URL:
        from ocop_desk.store.database import describe_target

        return f"database backends: sqlite + postgresql ({describe_target(PG_URL)})"
    return f"database backends: SQLITE ONLY. {_NO_PG}"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself; never run on PostgreSQL")
    config.addinivalue_line("markers", "backends(*names): the database backends this test runs on")


def pytest_report_header(config: pytest.Config) -> str:
    return _backends_line()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(_backends_line(), yellow=PG_URL is None, bold=PG_URL is None)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test that asks for a database once per backend (see the module docstring)."""
    if "backend" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("backends")
    if marker is not None:
        wanted: tuple[str, ...] = marker.args
    elif metafunc.definition.get_closest_marker("postgres"):  # pyproject's "needs a PostgreSQL server"
        wanted = ("postgresql",)
    elif (metafunc.definition.get_closest_marker("sqlite_only") or "qtbot" in metafunc.fixturenames
          or {"db_path", "demo_db_path"} & set(metafunc.fixturenames)):
        wanted = ("sqlite",)  # a test that also wants the SQLite file works on that file
    else:
        wanted = ("sqlite", "postgresql")
    # Without a server the PostgreSQL runs are not generated (the header and summary say so); a test
    # that runs on PostgreSQL only is reported as skipped instead.
    params = [name for name in wanted if name in BACKENDS] or [
        pytest.param(name, marks=pytest.mark.skip(reason=_NO_PG)) for name in wanted
    ]
    metafunc.parametrize("backend", params, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgresql': which database this run of the test uses."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test gets a copy (Alembic per test would triple the suite's time)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Store.open(path).close()
    return path


@pytest.fixture(scope="session")
def _demo_template_db(tmp_path_factory: pytest.TempPathFactory, _template_db: Path) -> Path:
    from ocop_desk.fair.demo import load_demo

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


class PgDatabases:
    """Databases on the test server: migrated and demo templates made once, a fresh copy per test."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.base = make_url(url)
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.prefix = f"ocop_t{os.getpid()}"
        self._names = itertools.count(1)
        self._templates: dict[str, str] = {}

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _sql(self, statement: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(statement)

    def template(self, kind: str) -> str:
        """'empty' (no tables), 'migrated' or 'demo': the database name to copy from."""
        if kind not in self._templates:
            name = f"{self.prefix}_{kind}"
            self._sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if kind == "empty":
                self._sql(f'CREATE DATABASE "{name}"')
            elif kind == "migrated":
                self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.template("empty")}"')
                Store.open(self.url(name)).close()
            else:
                from ocop_desk.fair.demo import load_demo

                self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.template("migrated")}"')
                s = Store.open(self.url(name))
                load_demo(s, Actor(operator="fixture"), first_day=DEMO_DAY, days=3)
                s.close()
            self._templates[kind] = name
        return self._templates[kind]

    def create(self, kind: str = "migrated") -> str:
        """A fresh database copied from a template; returns its URL."""
        name = f"{self.prefix}_{next(self._names)}"
        self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{self.template(kind)}"')
        return self.url(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._sql(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        for name in self._templates.values():
            self._sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    if PG_URL is None:
        pytest.skip(_NO_PG)
    dbs = PgDatabases(PG_URL)
    yield dbs
    dbs.close()


@pytest.fixture
def make_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[..., str]]:
    """`make_db(backend, kind="migrated"|"demo"|"empty")`: a fresh database; returns its path or URL."""
    made: list[str] = []
    names = itertools.count(1)

    def make(backend: str, kind: str = "migrated") -> str:
        if backend == "sqlite":
            path = tmp_path / f"db{next(names)}.sqlite3"
            if kind != "empty":
                template = "_template_db" if kind == "migrated" else "_demo_template_db"
                shutil.copy(request.getfixturevalue(template), path)
            return str(path)
        dbs: PgDatabases = request.getfixturevalue("pg_databases")
        url = dbs.create(kind)
        made.append(url)
        return url

    yield make
    if made:
        dbs = request.getfixturevalue("pg_databases")
        for url in made:
            dbs.drop(url)


@pytest.fixture
def db_target(backend: str, make_db: Callable[..., str], request: pytest.FixtureRequest) -> str:
    """A fresh migrated database on this run's backend: a file path (the same file as `db_path`) or a
    PostgreSQL URL."""
    if backend == "sqlite":
        return str(request.getfixturevalue("db_path"))
    return make_db(backend)


@pytest.fixture
def demo_target(backend: str, make_db: Callable[..., str], request: pytest.FixtureRequest) -> str:
    """The sample fair (3 days from DEMO_DAY) in a fresh database on this run's backend (on SQLite, the
    same file as `demo_db_path`)."""
    if backend == "sqlite":
        return str(request.getfixturevalue("demo_db_path"))
    return make_db(backend, "demo")


@pytest.fixture
def store(db_target: str) -> Iterator[Store]:
    s = Store.open(db_target)
    yield s
    s.close()


@pytest.fixture
def demo_db_path(tmp_path: Path, _demo_template_db: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(_demo_template_db, path)
    return path


@pytest.fixture
def demo_store(demo_target: str) -> Iterator[Store]:
    s = Store.open(demo_target)
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
def cli_db(cli, db_target: str):  # type: ignore[no-untyped-def]
    """`cli` aimed at this run's fresh database (SQLite file or PostgreSQL URL): cli_db(*args)."""

    def run(*args: str) -> tuple[int, str, str]:
        return cli("--db", db_target, *args)  # type: ignore[no-any-return]

    run.target = db_target  # type: ignore[attr-defined]
    return run


@pytest.fixture
def window(qtbot, demo_store: Store, actor: Actor):  # type: ignore[no-untyped-def]
    """The real main window over the sample fair, in English."""
    from PySide6.QtCore import Qt

    from ui.common.context import AppContext
    from ui.common.settings import app_settings
    from ui.shell.app import install_language, make_application
    from ui.shell.main_window import MainWindow

    app = make_application()
    install_language(app, "en")
    settings = app_settings()
    settings.clear()
    ctx = AppContext(demo_store, actor)
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.setWindowState(win.windowState() & ~Qt.WindowState.WindowMaximized)  # 1280×800 whatever the test screen
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    install_language(app, "en")
