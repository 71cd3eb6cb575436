"""Database errors sorted by their codes (SQLite's result code, PostgreSQL's SQLSTATE), each caused for real:
a busy file, a read-only one, a full disk (PRAGMA max_page_count, and a tiny filesystem), a damaged file,
a file that is not a database, a folder that cannot be opened; and bugs stay bugs whatever their text says.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ocop_desk.core.errors import StoreError, StoreErrorKind
from ocop_desk.store.classify import classify
from ocop_desk.store.database import Store
from ocop_desk.store.sqlite_copy import online_copy


def sqlite_failure(path: Path | str, statement: str, *, uri: bool = False, setup: tuple[str, ...] = ()) -> sqlite3.Error:
    try:
        con = sqlite3.connect(path, uri=uri, timeout=0.05, isolation_level=None)
        try:
            for pragma in setup:
                con.execute(pragma)
            con.execute(statement)
        finally:
            con.close()
    except sqlite3.Error as exc:
        return exc
    raise AssertionError(f"{statement!r} did not fail")


def kind_of(exc: BaseException) -> StoreErrorKind | None:
    known = classify(exc, "where")
    return known.kind if known else None


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "plain.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    return path


def test_busy_file_is_locked(sqlite_file: Path) -> None:
    holder = sqlite3.connect(sqlite_file, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        exc = sqlite_failure(sqlite_file, "INSERT INTO t VALUES ('y')")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert exc.sqlite_errorcode & 0xFF == 5  # SQLITE_BUSY
    assert kind_of(exc) == "locked"


def test_read_only_file_is_read_only(sqlite_file: Path) -> None:
    exc = sqlite_failure(f"{sqlite_file.as_uri()}?mode=ro", "INSERT INTO t VALUES ('y')", uri=True)
    assert kind_of(exc) == "read_only"
    exc = sqlite_failure(sqlite_file, "INSERT INTO t VALUES ('y')", setup=("PRAGMA query_only = 1",))
    assert kind_of(exc) == "read_only"


def test_page_limit_is_a_full_disk(sqlite_file: Path) -> None:
    exc = sqlite_failure(sqlite_file, "INSERT INTO t SELECT x FROM t",
                         setup=("PRAGMA max_page_count = 40",))
    assert exc.sqlite_errorcode == 13  # SQLITE_FULL
    assert kind_of(exc) == "disk_full"


def test_damaged_file_is_corrupt(sqlite_file: Path) -> None:
    data = bytearray(sqlite_file.read_bytes())
    for offset in range(4096, len(data), 4096):  # every page after the first (the schema survives)
        data[offset:offset + 64] = b"\xa5" * 64
    sqlite_file.write_bytes(bytes(data))
    exc = sqlite_failure(sqlite_file, "SELECT count(*), max(x) FROM t")
    assert exc.sqlite_errorcode & 0xFF == 11  # SQLITE_CORRUPT
    assert kind_of(exc) == "corrupt"


def test_a_file_that_is_not_a_database_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Ngay 14/10: 20 gian hang\n" * 200)
    exc = sqlite_failure(path, "SELECT * FROM sqlite_master")
    assert exc.sqlite_errorcode == 26  # SQLITE_NOTADB
    assert kind_of(exc) == "corrupt"


def test_a_folder_that_is_gone_is_unreachable(tmp_path: Path) -> None:
    exc = sqlite_failure(tmp_path / "unplugged" / "ocop.sqlite3", "SELECT 1")
    assert exc.sqlite_errorcode == 14  # SQLITE_CANTOPEN
    assert kind_of(exc) == "unreachable"


def test_missing_table_is_not_ours_but_other_sql_mistakes_are_bugs(sqlite_file: Path) -> None:
    assert kind_of(sqlite_failure(sqlite_file, "SELECT * FROM booth")) == "not_ocop"
    # SQL mistakes whose text happens to hold the words the old text matching looked for: still bugs.
    for words in ("database is locked", "read-only", "disk is full", "malformed"):
        exc = sqlite_failure(sqlite_file, f'SELECT t."{words}" FROM t')
        assert exc.sqlite_errorcode == 1 and words in str(exc)
        assert kind_of(exc) is None, words
    assert kind_of(sqlite_failure(sqlite_file, "SELECT x FROM t WHERE")) is None


def test_constraint_failure_is_a_bug_not_the_environment(sqlite_file: Path) -> None:
    exc = sqlite_failure(sqlite_file, "INSERT INTO u VALUES (1)",
                         setup=("CREATE TEMP TABLE u (x UNIQUE)", "INSERT INTO u VALUES (1)"))
    assert isinstance(exc, sqlite3.IntegrityError) and kind_of(exc) is None


def test_sqlalchemy_wraps_the_code_in_orig(sqlite_file: Path) -> None:
    engine = create_engine(f"sqlite:///{sqlite_file}")

    @event.listens_for(engine, "connect")
    def _limit(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA max_page_count = 40")

    try:
        with pytest.raises(DBAPIError) as err, engine.begin() as conn:
            conn.execute(text("INSERT INTO t SELECT x FROM t"))
    finally:
        engine.dispose()
    assert err.value.orig.sqlite_errorcode == 13  # type: ignore[union-attr]
    known = classify(err.value, str(sqlite_file))
    assert known is not None and known.kind == "disk_full" and str(sqlite_file) in known.message


def test_store_error_kind_is_checked_in_code() -> None:
    with pytest.raises(ValueError, match="unknown StoreError kind 'full'"):
        StoreError("full", "m")  # type: ignore[arg-type]
    error = StoreError("disk_full", "m")  # type: ignore[arg-type]  # the plain word still works (CLI, tests)
    assert error.kind is StoreErrorKind.DISK_FULL and error.kind == "disk_full"


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A 512 KB tmpfs: a real ENOSPC, as on a full USB stick (needs the right to mount; CI runs as root)."""
    where = tmp_path / "tiny"
    where.mkdir()
    mount = shutil.which("mount")
    done = subprocess.run([mount or "mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(where)],
                          capture_output=True, check=False) if mount else None
    if done is None or done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


@pytest.mark.sqlite_only
def test_a_full_filesystem_is_a_full_disk_for_writes_and_copies(tiny_filesystem: Path, db_path: Path,
                                                                  actor) -> None:  # type: ignore[no-untyped-def]
    from ocop_desk.fair.events import create_event

    target = tiny_filesystem / "ocop.sqlite3"
    shutil.copy(db_path, target)
    store = Store.open(target)
    try:
        with pytest.raises(StoreError) as err:
            for n in range(2000):  # until the filesystem is full
                create_event(store, actor, f"{n} " + "X" * 290, "2026-01-01", "2026-02-28")
        assert err.value.kind == "disk_full", err.value
    finally:
        store.close()
    # The copy routine on the same full filesystem: a StoreError, and no half-written copy left behind.
    with pytest.raises(StoreError) as copy_err:
        online_copy(db_path, tiny_filesystem / "copy.sqlite3")
    assert copy_err.value.kind == "disk_full"
    assert sorted(p.name for p in tiny_filesystem.iterdir() if p.name.startswith("copy")) == []



# -- PostgreSQL: the SQLSTATE psycopg carries (`.sqlstate`, in SQLAlchemy's `.orig`) ------------------------


def pg_failure(url: str, *statements: str) -> DBAPIError:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError(f"{statements!r} did not fail")


@pytest.mark.postgres
def test_postgresql_errors_are_sorted_by_sqlstate(make_db, backend: str) -> None:  # type: ignore[no-untyped-def]
    url = make_db("postgresql")
    cases = {
        "42P01": (("SELECT * FROM no_such_booth",), StoreErrorKind.NOT_OCOP),  # undefined table
        "25006": (("SET TRANSACTION READ ONLY", "CREATE TABLE t (x int)"), StoreErrorKind.READ_ONLY),
        "55P03": (("SET lock_timeout = 1", "LOCK TABLE setting IN ACCESS EXCLUSIVE MODE"), StoreErrorKind.LOCKED),
        "57P01": (("SELECT pg_terminate_backend(pg_backend_pid())",), StoreErrorKind.UNREACHABLE),
    }
    holder = create_engine(url, poolclass=NullPool)
    try:
        with holder.connect() as held:
            held.execute(text("LOCK TABLE setting IN SHARE MODE"))  # another station holds the table
            for state, (statements, kind) in cases.items():
                exc = pg_failure(url, *statements)
                assert getattr(exc.orig, "sqlstate", None) == state, (state, exc.orig)
                known = classify(exc, "server")
                assert known is not None and known.kind == kind, (state, known)
            held.rollback()
    finally:
        holder.dispose()


@pytest.mark.postgres
def test_postgresql_mistakes_worded_like_the_environment_stay_bugs(make_db, backend: str) -> None:  # type: ignore[no-untyped-def]
    url = make_db("postgresql")
    for words in ("read-only transaction", "permission denied", "lock timeout", "does not exist", "password"):
        exc = pg_failure(url, f'SELECT "{words}" FROM setting')  # undefined column, 42703
        assert exc.orig.sqlstate == "42703" and words in str(exc.orig)  # type: ignore[union-attr]
        assert classify(exc, "server") is None, words
