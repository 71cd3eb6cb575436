from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ocop_desk.core.errors import StoreError
from ocop_desk.store import database as store_module
from ocop_desk.store import sqlite_copy
from ocop_desk.store.database import Store, script_revisions
from ocop_desk.store.models import AuditEntry, Event, Producer


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    s = Store.open(path)
    with s.reading() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == script_revisions().head
    s.close()
    assert path.exists()


@pytest.mark.sqlite_only
def test_pragmas_make_commits_durable_and_enforce_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_transaction_rolls_back_everything_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(Event(name="X", starts_on=dt.date(2026, 1, 1), ends_on=dt.date(2026, 1, 1)))
        session.flush()
        raise RuntimeError("boom")
    with store.reading() as session:
        assert session.scalars(select(Event)).all() == []


def test_foreign_keys_are_enforced(store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    from ocop_desk.store.models import Booth

    with pytest.raises(IntegrityError), store.transaction() as session:
        session.add(Booth(event_id=999, code="A1", producer_id=999))


def test_datetimes_come_back_aware_utc(store: Store) -> None:
    local = dt.datetime(2026, 10, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with store.transaction() as session:
        session.add(AuditEntry(action="t", entity="t", at=local))
    with store.reading() as session:
        at = session.scalars(select(AuditEntry.at)).one()
    assert at.tzinfo is not None and at.utcoffset() == dt.timedelta(0)
    assert at == local


def test_reopening_at_head_does_not_copy_or_migrate(db_path: Path) -> None:
    s = Store.open(db_path)
    assert s.migration_backup is None
    s.close()
    assert [p for p in db_path.parent.iterdir() if "before-upgrade" in p.name] == []


def test_older_database_is_copied_before_upgrading(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '0000'")
    con.execute("INSERT INTO producer (code, name, search_text, created_at) VALUES ('P1', 'Old', '', '2026-01-01')")
    con.commit()
    con.close()
    revisions = store_module.Revisions(frozenset({"0000", script_revisions().head}), script_revisions().head)
    monkeypatch.setattr(store_module, "script_revisions", lambda: revisions)
    upgraded: list[str] = []

    def fake_upgrade(self: Store, head: str) -> None:
        assert self.migration_backup is not None and self.migration_backup.exists()
        upgraded.append(head)

    monkeypatch.setattr(Store, "_upgrade", fake_upgrade)
    monkeypatch.setattr(Store, "_copy_before_migration",
                        lambda self, rev: sqlite_copy.online_copy(self.path, self.path.with_name("copy.bak"))
                        or self.path.with_name("copy.bak"))
    s = Store.open(db_path)
    s.close()
    assert upgraded == [revisions.head]
    backup = sqlite3.connect(db_path.with_name("copy.bak"))
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)
    assert backup.execute("SELECT name FROM producer").fetchall() == [("Old",)]


@pytest.mark.sqlite_only
def test_copy_before_migration_names_the_revision(store: Store) -> None:
    target = store._copy_before_migration("0001")
    assert target.exists() and "before-upgrade-0001" in target.name
    assert sqlite3.connect(target).execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.sqlite_only
def test_copy_before_migration_is_flushed_like_a_backup(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one copy routine: the copy's file and then its folder reach the disk before the upgrade starts,
    and no .part is left beside the database."""
    flushed: list[Path] = []
    real_fsync = sqlite_copy.fsync_file
    monkeypatch.setattr(sqlite_copy, "fsync_file", lambda path: flushed.append(Path(path)) or real_fsync(path))
    target = store._copy_before_migration("0001")
    assert flushed[-2:] == [target.with_name(target.name + ".part"), target.parent]
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.sqlite_only
def test_copy_before_migration_on_a_full_disk_is_a_store_error(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sqlite_copy, "fsync_file", full)
    with pytest.raises(StoreError) as err:
        store._copy_before_migration("0001")
    assert err.value.kind == "disk_full"
    assert [p.name for p in store.path.parent.iterdir() if "before-upgrade" in p.name] == []  # type: ignore[union-attr]


def test_newer_database_is_refused_and_untouched(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    con.commit()
    con.close()
    before = digest(db_path)
    with pytest.raises(StoreError) as err:
        Store.open(db_path)
    assert err.value.kind == "too_new"
    assert str(db_path) in err.value.message and "newer version" in err.value.message
    assert digest(db_path) == before


def test_garbage_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("this is not a database")
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert err.value.kind == "not_ocop" and str(path) in err.value.message
    assert path.read_text() == "this is not a database"


def test_foreign_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert err.value.kind == "not_ocop"
    assert "not an OCOP Desk one" in err.value.message
    assert digest(path) == before


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store.open(tmp_path)
    assert err.value.kind == "not_ocop" and "folder" in err.value.message


def test_read_only_file_is_refused_with_advice(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    # Root ignores file modes, so simulate what a normal user's os.access reports for a 0444 file.
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(StoreError) as err:
        Store.open(db_path)
    assert err.value.kind == "read_only"
    assert "read-only" in err.value.message and err.value.hint


def test_read_only_mode_reads_but_refuses_writes(db_path: Path) -> None:
    s = Store.open(db_path, read_only=True)
    with s.reading() as session:
        assert session.scalars(select(Producer)).all() == []
    with pytest.raises(StoreError) as err, s.transaction():
        pass
    assert err.value.kind == "read_only"
    s.close()


def test_missing_file_in_read_only_mode(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store.open(tmp_path / "nope.sqlite3", read_only=True)
    assert err.value.kind == "missing"


def test_locked_database_gives_a_clear_error(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    s = Store.open(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as err, s.transaction() as session:
            session.add(Event(name="X", starts_on=dt.date(2026, 1, 1), ends_on=dt.date(2026, 1, 1)))
        assert err.value.kind == "locked"
        from ocop_desk.core.environment import explain

        assert "busy" in err.value.message and "Nothing stored was lost" in explain(err.value).kept
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        s.close()


def test_classify_disk_full_and_corrupt() -> None:
    full = store_module.classify(sqlite3.OperationalError("database or disk is full"), "/x.db")
    assert full is not None and full.kind == "disk_full" and "/x.db" in full.message
    corrupt = store_module.classify(sqlite3.DatabaseError("database disk image is malformed"), "/x.db")
    assert corrupt is not None and corrupt.kind == "corrupt"
    assert store_module.classify(ValueError("a bug"), "/x.db") is None


def test_url_and_paths() -> None:
    assert store_module.to_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert store_module.to_url("/tmp/a.sqlite3") == "sqlite:////tmp/a.sqlite3"
    assert store_module.describe_target("postgresql+psycopg://u:secret@h/db") == "postgresql+psycopg://u:***@h/db"


@pytest.mark.parametrize(("error", "kind", "words"), [
    (("55P03", "canceling statement due to lock timeout"), "locked", "another station"),
    (("40P01", "deadlock detected"), "locked", "busy"),
    (("53100", "could not extend file"), "disk_full", "disk of the database server"),
    (("57P01", "terminating connection due to administrator command"), "unreachable", "cannot be reached"),
    (("42501", "permission denied for table lot"), "read_only", "may not change"),
    (("25006", "cannot execute UPDATE in a read-only transaction"), "read_only", "read-only"),
    (("42P01", 'relation "lot" does not exist'), "not_ocop", "not an OCOP Desk database"),
    ((None, 'connection failed: connection to server at "10.0.0.5", port 5432 failed: Connection refused'),
     "unreachable", "cannot be reached"),
    ((None, "failed to resolve host 'may-chu': Name or service not known"), "unreachable", "cannot be reached"),
    ((None, 'connection failed: FATAL:  password authentication failed for user "ocop"'), "unreachable",
     "refused the user name or password"),
    ((None, 'connection failed: FATAL:  no pg_hba.conf entry for host "192.168.1.7"'), "unreachable",
     "refused the user name or password"),
    ((None, 'connection failed: FATAL:  database "hai_phong" does not exist'), "missing", "no such database"),
    ((None, "connection failed: FATAL:  sorry, too many clients already"), "unreachable", "too many stations"),
    ((None, "consuming input failed: server closed the connection unexpectedly"), "unreachable", "cannot be reached"),
])
def test_classify_postgresql_errors(error: tuple[str | None, str], kind: str, words: str) -> None:
    import psycopg
    import psycopg.errors
    from sqlalchemy.exc import OperationalError

    state, message = error
    orig = psycopg.errors.lookup(state)(message) if state else psycopg.OperationalError(message)
    where = "postgresql+psycopg://ocop:***@192.168.1.10/hai_phong"
    known = store_module.classify(OperationalError("SELECT 1", {}, orig), where)
    assert known is not None and known.kind == kind
    assert words in known.message and where in known.message and known.hint


def test_classify_leaves_postgresql_bugs_alone() -> None:
    import psycopg.errors
    from sqlalchemy.exc import ProgrammingError

    orig = psycopg.errors.lookup("42601")('syntax error at or near "SELEC"')
    assert store_module.classify(ProgrammingError("SELEC 1", {}, orig), "x") is None


def test_store_and_db_path_are_one_file_on_sqlite(store: Store, db_path: Path, backend: str) -> None:
    """Tests written before PostgreSQL mix the two; they run on SQLite only, on the same file."""
    assert backend == "sqlite" and store.path == db_path
