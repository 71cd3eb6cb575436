"""The environment's errors, for real where a test can cause them: each refuses cleanly, changes nothing,
and is told as what happened / nothing stored was lost / what to do, in the CLI and by the service layer.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from ocop_desk.core.environment import explain
from ocop_desk.core.errors import StoreError
from ocop_desk.fair.events import create_event
from ocop_desk.store import backup
from ocop_desk.store import database as store_module
from ocop_desk.store.database import Store
from ocop_desk.store.models import Event


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def event_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM event").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def engine_pragma(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Pragmas run on every new connection of stores opened during the test (to cause real driver errors)."""
    pragmas: list[str] = []
    real = store_module._make_engine

    def make(url: str, *, read_only: bool):  # type: ignore[no-untyped-def]
        engine = real(url, read_only=read_only)

        @event.listens_for(engine, "connect")
        def _apply(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            for pragma in pragmas:
                dbapi_conn.execute(pragma)

        return engine

    monkeypatch.setattr(store_module, "_make_engine", make)
    yield pragmas


def test_disk_full_is_refused_whole_and_explained(demo_db_path: Path, engine_pragma: list[str], cli) -> None:  # type: ignore[no-untyped-def]
    pages = sqlite3.connect(demo_db_path).execute("PRAGMA page_count").fetchone()[0]
    engine_pragma.append(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL, as on a full disk
    made = 0
    for n in range(300):  # fill the "disk" with events until one no longer fits
        before = event_count(demo_db_path)
        code, out, err = cli("--db", str(demo_db_path), "event", "create", f"{n} " + "X" * 290,
                             "--from", "2026-01-01", "--to", "2026-02-28")
        if code != 0:
            break
        made += 1
    assert code == 3 and out == "" and made > 0
    assert event_count(demo_db_path) == before  # the refused event left no half of itself
    assert "is full" in err and "Nothing stored was lost" in err and "Free some space" in err
    assert str(demo_db_path) in err and len(err.strip().splitlines()) == 1
    assert event_count(demo_db_path) == 1 + made  # every event stored before is still there


@pytest.mark.sqlite_only  # SQLite's query_only pragma; PostgreSQL's read-only errors: test_store_pg.py
def test_read_only_database_at_run_time(demo_store: Store, actor) -> None:  # type: ignore[no-untyped-def]
    @event.listens_for(demo_store.engine, "connect")
    def _read_only(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA query_only = 1")  # SQLite's own SQLITE_READONLY, as on a read-only medium

    demo_store.engine.dispose()  # new connections get the pragma
    with pytest.raises(StoreError) as err:
        create_event(demo_store, actor, "Chợ phiên", "2026-01-01", "2026-01-02")
    assert err.value.kind == "read_only"
    text = explain(err.value)
    assert "cannot be written" in text.what and "Nothing stored was lost" in text.kept and "folder" in text.todo


def test_read_only_folder_at_open(cli, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    before = digest(db_path)
    code, _, err = cli("--db", str(db_path), "event", "list")
    assert code == 3 and "read-only" in err and str(db_path) in err and "Open it read-only" in err
    assert digest(db_path) == before


def test_locked_database_says_who_has_it(cli, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ocop_desk.store.instance_lock import InstanceLock

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(demo_db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with InstanceLock.acquire(demo_db_path, operator="Lan"):
            code, _, err = cli("--db", str(demo_db_path), "event", "create", "Y", "--from", "2026-01-01",
                               "--to", "2026-01-01")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 3 and "busy" in err and "Nothing stored was lost" in err and "try again" in err
    assert "It is open in OCOP Desk on" in err and "Lan" in err
    assert event_count(demo_db_path) == 1


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset:offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def test_corrupt_file_is_explained_and_the_backup_restores_it(cli, demo_store: Store, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = backup.make_backup(demo_store, "auto")
    demo_store.close()
    damage(demo_db_path)
    damaged = digest(demo_db_path)
    code, _, err = cli("--db", str(demo_db_path), "event", "list")
    assert code == 3 and "damaged" in err and "Restore the latest backup" in err
    assert digest(demo_db_path) == damaged  # the damaged file is kept as it is
    code, out, err = cli("--db", str(demo_db_path), "restore", "--latest", "--yes")
    assert code == 0, err
    assert good.path.name in out and "Restored" in out and ".damaged" in out
    code, out, _ = cli("--db", str(demo_db_path), "event", "list")
    assert code == 0 and "Chợ phiên OCOP Hải Phòng" in out


def test_file_removed_while_open_is_detected_and_rescued(demo_store: Store, demo_db_path: Path, actor) -> None:  # type: ignore[no-untyped-def]
    create_event(demo_store, actor, "Trước khi xóa", "2026-03-01", "2026-03-01")
    for suffix in ("", "-wal", "-shm"):
        Path(str(demo_db_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(StoreError) as err:
        create_event(demo_store, actor, "Sau khi xóa", "2026-03-02", "2026-03-02")
    assert err.value.kind == "removed" and str(demo_db_path) in err.value.message
    assert "Save a copy" in (err.value.hint or "") and "still has all the data open" in explain(err.value).kept
    assert not demo_db_path.exists()  # no empty database was created in its place
    backup.save_rescue_copy(demo_store, demo_db_path)  # put back where it was: the store carries on
    create_event(demo_store, actor, "Sau khi cứu", "2026-03-03", "2026-03-03")
    with demo_store.reading() as s:
        names = set(s.scalars(select(Event.name)))
        assert {"Trước khi xóa", "Sau khi cứu"} <= names and "Sau khi xóa" not in names
        assert s.scalar(select(func.count(Event.id))) == 3


def test_a_bug_in_a_command_is_logged_and_named(cli, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ocop_desk.core.crashlog import log_path
    from ocop_desk.fair import events

    def broken(*_: object, **__: object) -> None:
        raise ZeroDivisionError("division by zero in a test")

    monkeypatch.setattr(events, "list_events", broken)
    code, out, err = cli("--db", str(db_path), "event", "list")
    assert code == 4 and out == ""
    assert "a bug in OCOP Desk" in err and str(log_path()) in err and "Nothing stored was lost" in err
    logged = log_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero in a test" in logged and "Traceback" in logged


def test_explanations_cover_every_kind() -> None:
    for kind in StoreError.KINDS:
        text = explain(StoreError(kind, "m", hint="h"))
        assert text.title and text.kept and text.what == "m" and text.todo == "h"
