"""The database: engine, units of work, migrations, and the environment's errors.

A `Store` is opened once in `main()` from an explicit target (file path or SQLAlchemy URL) and passed
to the services; nothing connects at import time. All SQLite-specific behaviour lives here.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.functions import FunctionElement

from ocop_desk.core.errors import StoreError, StoreErrorKind
from ocop_desk.core.i18n import translate
from ocop_desk.store.classify import classify
from ocop_desk.store.sqlite_copy import BUSY_TIMEOUT_MS, online_copy

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
# PostgreSQL: how long to wait for the server to answer, and for a row another station holds.
CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 5000
MIGRATION_LOCK_KEY = 0x0C0D_E5C  # pg_advisory_xact_lock key: one station migrates at a time


@dataclass(frozen=True)
class Revisions:
    """The migration chain read from the script files (without importing Alembic: start-up stays fast)."""

    known: frozenset[str]
    head: str


def script_revisions() -> Revisions:
    known: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        rev = re.search(r'^revision(?:: str)? = ["\'](\w+)["\']', source, re.M)
        down = re.search(r'^down_revision(?:: [^=]+)? = (?:["\'](\w+)["\']|None)', source, re.M)
        if rev:
            known[rev.group(1)] = down.group(1) if down else None
    heads = set(known) - {d for d in known.values() if d}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return Revisions(frozenset(known), heads.pop())


def to_url(target: str | os.PathLike[str]) -> str:
    """A file path becomes a SQLite URL; anything with '://' is taken as a SQLAlchemy URL."""
    target = str(target)
    if "://" in target:
        return target
    return "sqlite:///" + str(Path(target).expanduser().resolve())


def describe_target(url: str) -> str:
    """What to show the user as 'where the data is': a file path, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


class Store:
    """One database, opened and migrated, handing out units of work."""

    def __init__(self, engine: Engine, url: str, *, read_only: bool = False) -> None:
        self.engine = engine
        self.url = url
        self.read_only = read_only
        self.backend = engine.dialect.name
        self.location = describe_target(url)
        self.path = Path(self.location) if self.backend == "sqlite" and self.location != ":memory:" else None
        writer = engine.execution_options(ocop_write=True)
        self._writes = sessionmaker(bind=writer, expire_on_commit=False)
        self._reads = sessionmaker(bind=engine, expire_on_commit=False)
        self.migration_backup: Path | None = None
        self._file_id: tuple[int, int] | None = None
        self._anchor: sqlite3.Connection | None = None

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | os.PathLike[str], *, read_only: bool = False, migrate: bool = True) -> Store:
        url = to_url(target)
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            _check_sqlite_file(Path(parsed.database or ""), read_only=read_only)
        engine = _make_engine(url, read_only=read_only)
        store = cls(engine, url, read_only=read_only)
        try:
            store._prepare_schema(migrate=migrate)
            store.watch_file()
        except BaseException:
            engine.dispose()
            raise
        return store

    @classmethod
    def inspect(cls, target: str | os.PathLike[str]) -> Store:
        """Connect read-only without checking or upgrading the schema (`db check`); the caller closes it."""
        url = to_url(target)
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            _check_sqlite_file(Path(parsed.database or ""), read_only=True)
        return cls(_make_engine(url, read_only=True), url, read_only=True)

    def revision(self) -> str | None:
        """The schema revision the database is at (None: no OCOP Desk tables yet)."""
        return self._read_revision()

    def close(self) -> None:
        if self._anchor is not None:  # first: the last writer to close folds the WAL back into the file
            self._anchor.close()
            self._anchor = None
        self.engine.dispose()

    # -- the file under us -----------------------------------------------------------------------

    def watch_file(self) -> None:
        """Remember which file we opened, and keep one connection on it (see `check_file`, `anchor`)."""
        if self.path is None:
            return
        if self._anchor is not None:
            self._anchor.close()
            self._anchor = None
        self._file_id = _file_id(self.path)
        try:
            anchor = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, isolation_level=None,
                                     timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL files too
            self._anchor = anchor
        except sqlite3.Error:
            self._anchor = None

    @property
    def anchor(self) -> sqlite3.Connection | None:
        """A connection opened with the file: it still reads the data after the file was deleted."""
        return self._anchor

    def check_file(self) -> None:
        """Refuse to write into a database file that was deleted, moved or replaced while open.

        SQLite would happily keep writing into the deleted file, and everything would vanish on close.
        """
        if self.path is None or self._file_id is None:
            return
        if _file_id(self.path) != self._file_id:
            raise StoreError(
                StoreErrorKind.REMOVED,
                translate("Store", "The database file {where} was deleted or moved while OCOP Desk had it open.").format(
                    where=self.location
                ),
                hint=translate("Store", "Save a copy of the data now (File ▸ Save a copy…), best where the file was: "
                                   "OCOP Desk then carries on with it."),
                path=self.location,
            )

    def _prepare_schema(self, *, migrate: bool) -> None:
        revisions = script_revisions()
        current = self._read_revision()
        if current == revisions.head:
            return
        if current is not None and current not in revisions.known:
            raise StoreError(
                StoreErrorKind.TOO_NEW,
                translate("Store", "The database {where} was made by a newer version of OCOP Desk.").format(
                    where=self.location
                ),
                hint=translate("Store", "Install the newer version to open it; this file was not changed."),
                path=self.location,
            )
        if self.read_only or not migrate:
            raise StoreError(
                StoreErrorKind.READ_ONLY,
                translate("Store", "The database {where} needs an upgrade, but it is open read-only.").format(
                    where=self.location
                ),
                hint=translate("Store", "Open it with write access once so it can be upgraded."),
                path=self.location,
            )
        if current is not None and self.path is not None:
            self.migration_backup = self._copy_before_migration(current)
        self._upgrade(revisions.head)

    def _read_revision(self) -> str | None:
        with self.guard(), self.engine.connect() as conn:
            if self.backend == "sqlite":
                tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
            else:
                from sqlalchemy import inspect

                tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise _not_ours(self.location)
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return row[0] if row else None

    def _copy_before_migration(self, revision: str) -> Path:
        assert self.path is not None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.before-upgrade-{revision}-{stamp}")
        online_copy(self.path, target)
        return target

    def _upgrade(self, head: str) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.guard(), self.engine.execution_options(ocop_write=True).begin() as conn:
            if self.backend == "postgresql":
                # Stations starting together: the others wait here, then find the schema at head.
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            config.attributes["connection"] = conn
            command.upgrade(config, head)

    # -- units of work ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits on success (durable when this returns), rolls back on any error."""
        if self.read_only:
            raise StoreError(
                StoreErrorKind.READ_ONLY,
                translate("Store", "This database is open read-only; nothing can be saved.").format(),
                hint=translate("Store", "Close the other OCOP Desk that has it open, then reopen it."),
                path=self.location,
            )
        self.check_file()
        with self.guard(), self._writes() as session, session.begin():
            yield session
            if self.backend == "postgresql":
                session.flush()  # a refused row fails here, before the commit: not in doubt
                self._commit_in_doubt(session)

    def _commit_in_doubt(self, session: Session) -> None:
        """Commit on a server; if the connection drops during COMMIT, say the change may be saved after all.

        The server may have committed before the answer was lost, so blindly saving the action again
        could count it twice; `StoreError.in_doubt` tells the retry list to say so.
        """
        try:
            session.commit()
        except (OperationalError, DBAPIError) as exc:
            known = classify(exc, self.location)
            if known is None or known.kind != "unreachable":
                raise
            known.in_doubt = True
            raise known from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look at the data (never commits)."""
        with self.guard(), self._reads() as session:
            yield session

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn the environment's database errors into a `StoreError` the user can act on."""
        try:
            yield
        except IntegrityError:
            raise
        except (OperationalError, DBAPIError, sqlite3.Error) as exc:
            known = classify(exc, self.location)
            if known is None:
                raise
            raise known from exc


# -- the same results on both backends -------------------------------------------------------------


class bytewise(FunctionElement[str]):  # noqa: N801 - reads like SQL: order_by(bytewise(col))
    """Order text by its bytes on every backend, as SQLite does; PostgreSQL would use the server's collation
    (vi-VN or en-US sort case, accents and punctuation differently). Sort on folded keys (search_text) when
    the order is shown to people."""

    inherit_cache = True
    name = "bytewise"


@compiles(bytewise)
def _bytewise_default(element: bytewise, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(bytewise, "postgresql")
def _bytewise_pg(element: bytewise, compiler: Any, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'


# -- SQLite specifics ------------------------------------------------------------------------------


def _check_sqlite_file(path: Path, *, read_only: bool) -> None:
    where = str(path)
    if path.exists():
        if path.is_dir():
            raise StoreError(
                StoreErrorKind.NOT_OCOP,
                translate("Store", "{where} is a folder, not a database file.").format(where=where),
                hint=translate("Store", "Give the path of a file inside it instead."),
                path=where,
            )
        if not os.access(path, os.R_OK):
            raise StoreError(
                StoreErrorKind.UNREACHABLE,
                translate("Store", "The database {where} cannot be read (no permission).").format(where=where),
                hint=translate("Store", "Ask for read and write access to the file, or copy it somewhere you own."),
                path=where,
            )
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise StoreError(
                StoreErrorKind.NOT_OCOP,
                translate("Store", "{where} is not an OCOP Desk database.").format(where=where),
                hint=translate("Store", "Choose another file or a new name; this one was not changed."),
                path=where,
            )
        if header:
            _check_ours_read_only(path)
        if not read_only and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
            raise StoreError(
                StoreErrorKind.READ_ONLY,
                translate("Store", "The database {where} or its folder is read-only.").format(where=where),
                hint=translate("Store", "Open it read-only, or copy it to a folder you can write to."),
                path=where,
            )
    else:
        if read_only:
            raise StoreError(
                StoreErrorKind.MISSING,
                translate("Store", "There is no database at {where}.").format(where=where),
                hint=translate("Store", "Check the path."),
                path=where,
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                StoreErrorKind.READ_ONLY,
                translate("Store", "Cannot create the folder for {where}: {reason}").format(
                    where=where, reason=exc.strerror
                ),
                hint=translate("Store", "Choose a folder you can write to."),
                path=where,
            ) from exc
        if not os.access(path.parent, os.W_OK):
            raise StoreError(
                StoreErrorKind.READ_ONLY,
                translate("Store", "Cannot create {where}: the folder is read-only.").format(where=where),
                hint=translate("Store", "Choose a folder you can write to."),
                path=where,
            )


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _not_ours(where: str) -> StoreError:
    return StoreError(
        StoreErrorKind.NOT_OCOP,
        translate("Store", "{where} is a database, but not an OCOP Desk one.").format(where=where),
        hint=translate("Store", "Choose another file or a new name; this one was not changed."),
        path=where,
    )


def _check_ours_read_only(path: Path) -> None:
    """Look inside without changing a byte (the engine would switch the file to WAL) before we adopt it."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        known = classify(exc, str(path))
        if known is None:
            raise
        raise known from exc
    if "alembic_version" not in tables and tables - {"sqlite_sequence"}:
        raise _not_ours(str(path))


def _make_engine(url: str, *, read_only: bool) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        return _make_pg_engine(url, read_only=read_only)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    database = parsed.database or ":memory:"
    kwargs: dict[str, Any] = {}
    if read_only and database != ":memory:":
        uri = Path(database).resolve().as_uri() + "?mode=ro"
        kwargs["creator"] = lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only and database != ":memory:":
            cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk when it returns, even in WAL mode, even on power loss.
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front so two stations never deadlock upgrading a read lock.
        immediate = conn.get_execution_options().get("ocop_write") and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _make_pg_engine(url: str, *, read_only: bool) -> Engine:
    """A shared server on the fair's network: fail fast when it is gone, never wait forever for a row."""
    parsed = make_url(url)
    # A station frozen mid-transaction (laptop lid closed) releases its row locks after 10 minutes.
    # Sessions in UTC, like the naive UTC SQLite stores: SQL date arithmetic agrees on both backends.
    options = (f"-c lock_timeout={LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout=600000"
               " -c TimeZone=UTC")
    if read_only:
        options += " -c default_transaction_read_only=on"
    defaults: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "ocop-desk",
        # Notice a pulled cable within ~10 s instead of TCP's default of minutes.
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 3,
        "tcp_user_timeout": 10000,
        "options": options,
    }
    connect_args = {k: v for k, v in defaults.items() if k not in parsed.query}
    engine = create_engine(url, pool_pre_ping=True, pool_size=3, max_overflow=5, connect_args=connect_args)
    if parsed.get_driver_name() == "psycopg":
        from psycopg.types.numeric import NumericLoader

        class SqliteLikeNumeric(NumericLoader):
            """SUM() of a BIGINT (money) is NUMERIC on PostgreSQL, which psycopg reads as Decimal; SQLite
            gives int (or float for AVG). Read it as SQLite does, so services, JSON output and Excel
            cells are the same on both backends (the schema has no NUMERIC column of its own)."""

            def load(self, data: Any) -> Any:
                value = super().load(data)
                if value.is_finite() and value == value.to_integral_value():
                    return int(value)
                return float(value)

        @event.listens_for(engine, "connect")
        def _on_pg_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.adapters.register_loader("numeric", SqliteLikeNumeric)

    return engine


__all__ = ["Store", "classify", "script_revisions", "to_url", "describe_target", "bytewise"]
