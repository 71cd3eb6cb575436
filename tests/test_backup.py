"""Online backups, rolling pruning, the restore preview and the restore round trip."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ocop_desk.core.errors import DomainError, StoreError
from ocop_desk.store import backup
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import AuditEntry, Booth, CheckIn, EventDay


def checkin_count(store: Store) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count(CheckIn.id))) or 0


def check_in_all(store: Store, day_index: int = 0) -> int:
    with store.transaction() as s:
        day = s.scalars(select(EventDay.id).order_by(EventDay.day)).all()[day_index]
        booths = s.scalars(select(Booth.id)).all()
        s.add_all(CheckIn(booth_id=b, event_day_id=day, status="present") for b in booths)
    return len(booths)


@pytest.mark.sqlite_only  # SQLite's online backup API; PostgreSQL is told to use pg_dump
def test_backup_is_a_whole_standalone_copy(demo_store: Store) -> None:
    n = check_in_all(demo_store)
    info = backup.make_backup(demo_store, "manual")
    assert info.path.parent == backup.backup_dir(demo_store.path)  # type: ignore[arg-type]
    assert info.path.name.endswith("-manual.sqlite3") and info.size > 0
    assert not info.path.with_name(info.path.name + ".part").exists()
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # no -wal needed beside it
    assert con.execute("SELECT count(*) FROM checkin").fetchone() == (n,)
    con.close()
    assert backup.list_backups(demo_store.path)[0].path == info.path  # type: ignore[arg-type]


@pytest.mark.sqlite_only  # SQLite's online backup API; PostgreSQL is told to use pg_dump
def test_backup_goes_on_while_check_ins_keep_committing(demo_store: Store, actor: Actor) -> None:
    """Writers are never blocked, and the copy is one consistent snapshot (audit rows match check-ins)."""
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        with demo_store.reading() as s:
            days = s.scalars(select(EventDay.id)).all()
            booths = s.scalars(select(Booth.id)).all()
        slots = [(b, d) for d in days for b in booths]
        for b, d in slots:
            if stop.is_set():
                break
            with demo_store.transaction() as s:
                s.add(CheckIn(booth_id=b, event_day_id=d, status="present"))
                s.add(AuditEntry(action="check_in", entity="booth", entity_id=b, operator="w"))
            written.append(b)

    thread = threading.Thread(target=writer)
    thread.start()
    steps: list[tuple[int, int]] = []
    info = backup.make_backup(demo_store, "auto", pages=2, pause=0.002, progress=lambda d, t: steps.append((d, t)))
    stop.set()
    thread.join()
    assert len(steps) > 3  # copied in several steps while the writer ran
    con = sqlite3.connect(info.path)
    checkins = con.execute("SELECT count(*) FROM checkin").fetchone()[0]
    audits = con.execute("SELECT count(*) FROM audit_log WHERE operator = 'w'").fetchone()[0]
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert checkins == audits  # a snapshot: never a check-in without its audit entry
    assert checkin_count(demo_store) == len(written)


@pytest.mark.sqlite_only  # SQLite's online backup API; PostgreSQL is told to use pg_dump
def test_rolling_backups_keep_the_newest_k_and_spare_manual_ones(demo_store: Store, actor: Actor) -> None:
    backup.set_backup_settings(demo_store, actor, interval_minutes=5, keep=3)
    assert backup.get_backup_settings(demo_store) == backup.BackupSettings(5, 3)
    manual = backup.make_backup(demo_store, "manual")
    rolling = []
    for _ in range(5):
        rolling.append(backup.make_backup(demo_store, "auto"))
        time.sleep(0.002)  # distinct millisecond stamps
    close = backup.make_backup(demo_store, "close")
    left = backup.list_backups(demo_store.path)  # type: ignore[arg-type]
    assert [b.path for b in left if b.reason in backup.ROLLING] == [close.path, rolling[-1].path, rolling[-2].path]
    assert manual.path in [b.path for b in left]


def test_bad_backup_settings_are_refused_and_nothing_changes(demo_store: Store, actor: Actor) -> None:
    for interval, keep in ((0, 5), (10, 0), (-3, 5), (10, 10**9), (10**6, 5)):
        with pytest.raises(DomainError):
            backup.set_backup_settings(demo_store, actor, interval, keep)
    assert backup.get_backup_settings(demo_store) == backup.BackupSettings()


@pytest.mark.sqlite_only  # SQLite's online backup API; PostgreSQL is told to use pg_dump
def test_preview_names_time_and_counts(demo_store: Store) -> None:
    n = check_in_all(demo_store)
    info = backup.make_backup(demo_store, "manual")
    preview = backup.inspect_backup(info.path)
    assert preview.counts == {"events": 1, "booths": 10, "checkins": n, "lots": 0, "sessions": 0, "tallies": 0}
    assert abs((preview.taken_at - dt.datetime.now(dt.UTC)).total_seconds()) < 60
    assert preview.last_change is not None and preview.reason == "manual"


def test_restore_round_trip_backs_up_the_current_file_first(demo_store: Store, demo_db_path: Path) -> None:
    before = backup.make_backup(demo_store, "manual")
    n = check_in_all(demo_store)
    assert checkin_count(demo_store) == n
    result = backup.restore(demo_db_path, before.path, store=demo_store)
    assert checkin_count(demo_store) == 0  # the same Store object now reads the restored content
    assert result.safety_copy is not None and result.safety_copy.name.endswith("-before-restore.sqlite3")
    safety = sqlite3.connect(result.safety_copy)
    assert safety.execute("SELECT count(*) FROM checkin").fetchone() == (n,)  # what was there is kept
    safety.close()
    # and back again: the safety copy restores the check-ins
    backup.restore(demo_db_path, result.safety_copy, store=demo_store)
    assert checkin_count(demo_store) == n
    con = sqlite3.connect(demo_db_path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_restore_refuses_bad_backups_and_changes_nothing(demo_store: Store, demo_db_path: Path,
                                                         tmp_path: Path) -> None:
    n = check_in_all(demo_store)
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_text("not a database")
    foreign = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    newer = backup.make_backup(demo_store, "manual").path
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    con.commit()
    con.close()
    damaged = backup.make_backup(demo_store, "manual").path
    data = bytearray(damaged.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096):
        data[offset:offset + 100] = b"\xff" * 100
    damaged.write_bytes(bytes(data))
    for bad, words in ((garbage, "not an OCOP Desk"), (foreign, "not an OCOP Desk"), (newer, "newer version"),
                       (damaged, "damaged"), (tmp_path / "nope.sqlite3", "no backup file")):
        with pytest.raises(DomainError) as err:
            backup.restore(demo_db_path, bad, store=demo_store)
        assert words in err.value.message and str(bad) in err.value.message
    assert checkin_count(demo_store) == n
    assert all(b.reason == "manual" for b in backup.list_backups(demo_db_path))  # no safety copies made


def test_restore_replaces_a_damaged_database(demo_store: Store, demo_db_path: Path) -> None:
    good = backup.make_backup(demo_store, "auto")
    demo_store.close()
    data = bytearray(demo_db_path.read_bytes())
    data[0:16] = b"garbage garbage!"
    demo_db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        Store.open(demo_db_path)
    latest = backup.latest_good_backup(demo_db_path)
    assert latest is not None and latest.path == good.path
    result = backup.restore(demo_db_path, latest.path)
    assert result.safety_copy is not None and result.safety_copy.name.endswith(".damaged")
    assert result.safety_copy.read_bytes()[:16] == b"garbage garbage!"  # the damaged file is kept as it was
    reopened = Store.open(demo_db_path)
    with reopened.reading() as s:
        assert s.scalar(select(func.count(Booth.id))) == 10
    reopened.close()


def test_postgres_backup_says_pg_dump(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "backend", "postgresql")
    with pytest.raises(DomainError) as err:
        backup.make_backup(store, "manual")
    assert "PostgreSQL" in err.value.message and "pg_dump" in (err.value.hint or "")


@pytest.mark.sqlite_only  # SQLite's online backup API; PostgreSQL is told to use pg_dump
def test_backup_folder_full_or_read_only_is_a_clear_store_error(demo_store: Store,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    real_replace = os.replace

    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StoreError) as err:
        backup.make_backup(demo_store, "auto")
    assert err.value.kind == "disk_full" and "backups" in err.value.message
    monkeypatch.setattr(os, "replace", real_replace)
    assert not list(backup.backup_dir(demo_store.path).glob("*.part"))  # type: ignore[arg-type]


def test_save_a_copy_anywhere_but_not_over_the_database(demo_store: Store, demo_db_path: Path,
                                                         tmp_path: Path) -> None:
    before = demo_db_path.read_bytes()
    with pytest.raises(DomainError) as err:
        backup.save_copy(demo_store, demo_db_path)
    assert "the database itself" in err.value.message
    assert demo_db_path.read_bytes() == before
    copy = backup.save_copy(demo_store, tmp_path / "usb" / "copy.sqlite3")
    assert backup.inspect_backup(copy).counts["booths"] == 10


def test_restore_into_a_busy_database_waits_then_refuses_without_replacing(
        demo_store: Store, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ocop_desk.store import database as store_module

    info = backup.make_backup(demo_store, "manual")
    n = check_in_all(demo_store)
    monkeypatch.setattr(backup, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    inode = demo_db_path.stat().st_ino
    holder = sqlite3.connect(demo_db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(StoreError) as err:
            backup.restore(demo_db_path, info.path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert err.value.kind == "locked"
    assert demo_db_path.stat().st_ino == inode  # never replaced under a live writer
    assert checkin_count(demo_store) == n


def damage_table(path: Path, table: str) -> None:
    """Garble the page headers of one table's leaf pages: the schema still reads (the file opens, switches
    journal mode, copies), only a check of the b-trees (quick_check) finds the damage."""
    con = sqlite3.connect(path)
    try:
        size = con.execute("PRAGMA page_size").fetchone()[0]
        pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'",
                                           (table,))]
    finally:
        con.close()
    assert pages and 1 not in pages
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * size:(page - 1) * size + 12] = b"\xa5" * 12
    path.write_bytes(bytes(data))


def goes_bad_after_its_preview(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup file is damaged between its preview and the copy (a failing USB stick)."""
    real_inspect = backup.inspect_backup

    def inspect_then_go_bad(path: Path) -> backup.BackupPreview:
        preview = real_inspect(path)
        damage_table(path, "audit_log")
        return preview

    monkeypatch.setattr(backup, "inspect_backup", inspect_then_go_bad)


def test_a_backup_damaged_after_its_preview_is_refused_and_the_database_keeps_its_content(
        demo_store: Store, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy into the live file is checked (quick_check) before the restore counts as done: a backup that
    went bad between its preview and the copy (a failing USB stick) is refused, and the database gets back
    what it held before from the safety copy."""
    info = backup.make_backup(demo_store, "manual")
    n = check_in_all(demo_store)  # the database now holds more than the backup
    goes_bad_after_its_preview(monkeypatch)
    with pytest.raises(DomainError) as err:
        backup.restore(demo_db_path, info.path, store=demo_store)
    assert f"The backup {info.path} is damaged" in err.value.message
    assert err.value.hint == "Choose an older backup; this one was not used."
    assert checkin_count(demo_store) == n  # the store carries on with the content it had
    con = sqlite3.connect(demo_db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    assert not demo_db_path.with_name(demo_db_path.name + ".restoring").exists()
    safety = [b for b in backup.list_backups(demo_db_path) if b.reason == "before-restore"]
    assert len(safety) == 1 and backup.inspect_backup(safety[0].path).counts["checkins"] == n


def test_a_damaged_database_keeps_its_own_bytes_when_the_backup_goes_bad_too(
        demo_store: Store, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_environment_errors import damage

    info = backup.make_backup(demo_store, "manual")
    demo_store.close()
    damage(demo_db_path)  # what the coordinator restores from: a database SQLite cannot read
    before = demo_db_path.read_bytes()
    goes_bad_after_its_preview(monkeypatch)
    with pytest.raises(DomainError, match="is damaged"):
        backup.restore(demo_db_path, info.path)
    assert demo_db_path.read_bytes() == before  # nothing half-restored: the file is as it was
    leftovers = [p.name for p in demo_db_path.parent.iterdir() if ".restoring" in p.name or p.name.endswith(".part")]
    assert leftovers == []
