"""Rolling online backups of a SQLite database, and restoring one after a preview.

Backups go through `sqlite_copy.online_copy` (the backup API from one read snapshot, in steps): check-ins keep
committing while a backup runs and the copy never restarts. Each backup is written to a `.part` file,
flushed to disk and renamed into place, so a backup file is either whole or absent.

They live in the user's data folder (`backups/<database name>-<hash of its path>/`), not beside the
database: a backup must survive the USB stick or folder that holds the database going away. The interval
and how many rolling backups to keep are settings of the database (`setting` table), so the window and
`ocop-desk backup` prune alike. PostgreSQL is backed up on the server with pg_dump; we say so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ocop_desk.core.errors import DomainError, StoreError, StoreErrorKind
from ocop_desk.core.i18n import translate
from ocop_desk.core.paths import data_dir
from ocop_desk.core.validate import check_count
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.classify import SQLITE_CORRUPT, classify, sqlite_error
from ocop_desk.store.database import SQLITE_HEADER, Store, script_revisions
from ocop_desk.store.settings import get_setting, set_setting
from ocop_desk.store.sqlite_copy import (
    BUSY_TIMEOUT_MS,
    STEP_PAGES,
    STEP_PAUSE,
    Progress,
    file_into_place,
    fsync_dir,
    fsync_file,
    give_up_when_busy,
    online_copy,
    os_store_error,
)

INTERVAL_KEY = "backup.interval_minutes"
KEEP_KEY = "backup.keep"
DEFAULT_INTERVAL_MINUTES = 10
DEFAULT_KEEP = 24
MAX_INTERVAL_MINUTES = 24 * 60
MAX_KEEP = 500
ROLLING = ("auto", "close")  # pruned to the newest `keep`; manual and safety copies are never deleted
REASONS = ("auto", "close", "manual", "before-restore", "cli")
COUNTED = (("events", "event"), ("booths", "booth"), ("checkins", "checkin"), ("lots", "lot"),
           ("sessions", "live_session"), ("tallies", "live_tally"))
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{3}Z)-(?P<reason>[a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupSettings:
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    keep: int = DEFAULT_KEEP


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC
    reason: str
    size: int

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path), "taken_at": self.taken_at.isoformat(), "reason": self.reason,
                "size": self.size}


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, checked: shown before anything is restored."""

    path: Path
    taken_at: dt.datetime
    revision: str
    counts: dict[str, int]
    last_change: dt.datetime | None
    size: int
    reason: str = "manual"

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path), "taken_at": self.taken_at.isoformat(), "revision": self.revision,
                "counts": self.counts, "last_change": self.last_change.isoformat() if self.last_change else None,
                "size": self.size}


@dataclass(frozen=True)
class RestoreResult:
    preview: BackupPreview
    safety_copy: Path | None
    removed: list[Path] = field(default_factory=list)


# -- where and how often -----------------------------------------------------------------------------


def server_refusal() -> DomainError:
    """What we say instead of faking a backup of a PostgreSQL database."""
    return DomainError(
        translate("Backup", "This database is on a PostgreSQL server; OCOP Desk backs up SQLite files only."),
        hint=translate("Backup", "Back it up on the server with pg_dump (for example: pg_dump --format=custom "
                                 "--file=ocop-desk.dump DATABASE) and restore it with pg_restore."),
    )


def sqlite_path(store: Store) -> Path:
    """The database file behind `store`, or a clear refusal for a server database."""
    if store.backend != "sqlite" or store.path is None:
        raise server_refusal()
    return store.path


def save_copy(store: Store, target: Path) -> Path:
    """File ▸ Save a copy…: a consistent copy anywhere; after the file was removed, from what is still open."""
    db = sqlite_path(store)
    try:
        store.check_file()
    except StoreError:
        return save_rescue_copy(store, target)
    if target.expanduser().resolve() == db.resolve():
        raise DomainError(translate("Backup", "{where} is the database itself.").format(where=target),
                          hint=translate("Backup", "Choose another name or folder for the copy."))
    online_copy(db, target)
    return target


def backup_dir(db_path: Path) -> Path:
    """The folder holding the backups of one database file (in the user's data folder)."""
    resolved = db_path.expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]+", "_", resolved.stem)[:40] or "ocop"
    return data_dir() / "backups" / f"{stem}-{digest}"


def get_backup_settings(store: Store) -> BackupSettings:
    with store.reading() as session:
        interval = get_setting(session, INTERVAL_KEY)
        keep = get_setting(session, KEEP_KEY)
    return BackupSettings(
        interval_minutes=_int_or(interval, DEFAULT_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES),
        keep=_int_or(keep, DEFAULT_KEEP, MAX_KEEP),
    )


def set_backup_settings(store: Store, actor: Actor, interval_minutes: int, keep: int) -> BackupSettings:
    check_count(interval_minutes, translate("Backup", "Backup interval (minutes)"), minimum=1,
                maximum=MAX_INTERVAL_MINUTES)
    check_count(keep, translate("Backup", "Backups to keep"), minimum=1, maximum=MAX_KEEP)
    with store.transaction() as session:
        set_setting(session, INTERVAL_KEY, str(interval_minutes))
        set_setting(session, KEEP_KEY, str(keep))
        audit.record(session, actor, "update", "setting", None, interval_minutes=interval_minutes, keep=keep)
    return BackupSettings(interval_minutes, keep)


def _int_or(value: str | None, default: int, maximum: int) -> int:
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return number if 1 <= number <= maximum else default


# -- making backups ----------------------------------------------------------------------------------


def make_backup(store: Store, reason: str = "manual", *, keep: int | None = None, folder: Path | None = None,
                pages: int = STEP_PAGES, pause: float = STEP_PAUSE, progress: Progress | None = None) -> BackupInfo:
    """Back up the store's file now; rolling backups are then pruned to the newest `keep`."""
    db_path = sqlite_path(store)
    info = backup_file(db_path, reason, folder=folder, pages=pages, pause=pause, progress=progress)
    if reason in ROLLING:
        prune(db_path, keep if keep is not None else get_backup_settings(store).keep, folder=folder)
    return info


def backup_file(db_path: Path, reason: str, *, folder: Path | None = None, pages: int = STEP_PAGES,
                pause: float = STEP_PAUSE, progress: Progress | None = None) -> BackupInfo:
    assert reason in REASONS, reason
    folder = folder or backup_dir(db_path)
    now = dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond // 1000:03d}Z"
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_store_error(exc, folder) from exc
    online_copy(db_path, target, pages=pages, pause=pause, progress=progress)
    return BackupInfo(target, now.replace(microsecond=now.microsecond // 1000 * 1000), reason,
                      target.stat().st_size)


# -- listing and pruning -----------------------------------------------------------------------------


def list_backups(db_path: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of `db_path`, newest first."""
    folder = folder or backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = [info for path in folder.glob("*.sqlite3") if (info := _parse_name(path)) is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _parse_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    stamp = match.group("stamp")
    taken = dt.datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S").replace(
        microsecond=int(stamp[15:18]) * 1000, tzinfo=dt.UTC)
    return BackupInfo(path, taken, match.group("reason"), path.stat().st_size)


def prune(db_path: Path, keep: int, *, folder: Path | None = None) -> list[Path]:
    """Delete rolling backups beyond the newest `keep` (manual and safety copies stay)."""
    rolling = [b for b in list_backups(db_path, folder=folder) if b.reason in ROLLING]
    removed = []
    for old in rolling[max(1, keep):]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


# -- checking and restoring --------------------------------------------------------------------------


def inspect_backup(path: Path) -> BackupPreview:
    """Check a backup (SQLite, ours, undamaged, not from a newer version) and say what it holds."""
    where = str(path)
    if not path.is_file():
        raise DomainError(translate("Backup", "There is no backup file at {where}.").format(where=where),
                          hint=translate("Backup", "Choose one of the listed backups, or another file."))
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise _not_a_backup(where)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                raise DomainError(
                    translate("Backup", "The backup {where} is damaged: {problem}").format(
                        where=where, problem=problems[0]),
                    hint=translate("Backup", "Choose an older backup; this one was not used."))
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or not {t for _, t in COUNTED} <= tables:
                raise _not_a_backup(where)
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else ""
            if revision not in script_revisions().known:
                raise DomainError(
                    translate("Backup", "The backup {where} was made by a newer version of OCOP Desk.").format(
                        where=where),
                    hint=translate("Backup", "Install the newer version to restore it; nothing was changed."))
            counts = {key: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for key, table in COUNTED}
            last = con.execute("SELECT max(at) FROM audit_log").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        known = classify(exc, where)
        message = (translate("Backup", "The backup {where} is damaged: {problem}") if known and known.kind == "corrupt"
                   else translate("Backup", "The backup {where} cannot be read: {problem}"))
        raise DomainError(message.format(where=where, problem=exc),
                          hint=translate("Backup", "Choose an older backup; this one was not used.")) from exc
    listed = _parse_name(path)
    taken = listed.taken_at if listed else dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    last_change = dt.datetime.fromisoformat(last).replace(tzinfo=dt.UTC) if last else None
    return BackupPreview(path, taken, revision, counts, last_change, path.stat().st_size,
                         listed.reason if listed else "manual")


def current_counts(db_path: Path) -> dict[str, int] | None:
    """The same counts for the database as it is now (None when it cannot be read)."""
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return {key: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for key, table in COUNTED}
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return None


def latest_good_backup(db_path: Path, *, folder: Path | None = None) -> BackupPreview | None:
    """The newest backup that passes `inspect_backup` (for a damaged database)."""
    for info in list_backups(db_path, folder=folder):
        try:
            return inspect_backup(info.path)
        except DomainError:
            continue
    return None


def _not_a_backup(where: str) -> DomainError:
    return DomainError(translate("Backup", "{where} is not an OCOP Desk database or backup.").format(where=where),
                       hint=translate("Backup", "Choose a file from the backups folder; nothing was changed."))


def restore(db_path: Path, backup: Path, *, store: Store | None = None, folder: Path | None = None) -> RestoreResult:
    """Replace the database's content with a checked backup, after backing up the current file.

    The copy goes through the backup API into the live file: one transaction, so a crash halfway leaves
    the old content. A damaged file that SQLite cannot write into is moved aside and replaced instead.
    The result is checked (quick_check); when it is damaged all the same (the backup went bad after its
    preview), the database gets its previous content back from the safety copy and the backup is refused.
    `store`, when given, is reconnected (and upgraded if the backup is older) afterwards.
    """
    preview = inspect_backup(backup)
    safety = _safety_copy(db_path, folder) if db_path.exists() else None
    if store is not None:
        store.engine.dispose()
    try:
        _copy_into(backup, db_path)
    except sqlite3.DatabaseError as exc:
        known = classify(exc, str(db_path))
        if known is None or known.kind not in ("corrupt", "not_ocop"):
            if known is None:
                raise
            raise known from exc  # busy, full, read-only...: nothing was replaced; say so
        try:
            _replace_file(backup, db_path)  # only a file SQLite cannot write into is replaced whole
        except DomainError:
            if safety is not None:
                _put_back(safety, db_path)
            if store is not None:
                store.watch_file()
            raise
    if store is not None:
        store.watch_file()  # the file may be a new one (a damaged file is replaced, not written into)
        store._prepare_schema(migrate=True)  # an older backup is upgraded (after its own safety copy)
    return RestoreResult(preview, safety)


def _safety_copy(db_path: Path, folder: Path | None) -> Path:
    try:
        return backup_file(db_path, "before-restore", folder=folder).path
    except StoreError as exc:
        if exc.kind not in ("corrupt", "not_ocop", "io"):
            raise
    # Too damaged for SQLite to read: keep the raw bytes (and its journal) instead.
    folder = folder or backup_dir(db_path)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S000Z")
    target = folder / f"{db_path.stem}-{stamp}-before-restore.damaged"
    folder.mkdir(parents=True, exist_ok=True)
    _copy_raw(db_path, target)
    return target


def _copy_raw(source: Path, target: Path) -> None:
    """A file SQLite cannot read, copied byte for byte with its -wal and -shm, and flushed to disk."""
    for suffix in ("", "-wal", "-shm"):
        side, copy = source.with_name(source.name + suffix), target.with_name(target.name + suffix)
        copy.unlink(missing_ok=True)
        if side.exists():
            shutil.copy2(side, copy)
            fsync_file(copy)
    fsync_dir(target.parent)


def _copy_into(backup: Path, db_path: Path) -> None:
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            dst.execute("PRAGMA synchronous = FULL")
            src.backup(dst, progress=give_up_when_busy(BUSY_TIMEOUT_MS / 1000), sleep=0.05)
            if dst.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise sqlite_error("restored copy is malformed (quick_check failed)", SQLITE_CORRUPT)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()


def _replace_file(backup: Path, db_path: Path) -> None:
    fresh = db_path.with_name(db_path.name + ".restoring")
    try:
        online_copy(backup, fresh)
        _check_whole(fresh, str(backup))
    except StoreError as exc:
        if exc.kind != StoreErrorKind.CORRUPT:
            raise
        raise _damaged_backup(str(backup), exc.message) from exc
    except DomainError:
        fresh.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(fresh, db_path)
    fsync_dir(db_path.parent)


def _check_whole(path: Path, where: str) -> None:
    """SQLite's quick_check on a copy about to become the database; a damaged one is refused."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            problems = [r[0] for r in con.execute("PRAGMA quick_check(5)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise _damaged_backup(where, problems[0])


def _damaged_backup(where: str, problem: str) -> DomainError:
    return DomainError(translate("Backup", "The backup {where} is damaged: {problem}").format(where=where, problem=problem),
                       hint=translate("Backup", "Choose an older backup; this one was not used."))


def _put_back(safety: Path, db_path: Path) -> None:
    """A restore that failed after writing: the database gets back what it held before, byte for byte from
    the safety copy (a standalone backup, or a damaged file's raw bytes with its -wal), damaged or not."""
    fresh = db_path.with_name(db_path.name + ".restoring")
    _copy_raw(safety, fresh)
    for suffix in ("-wal", "-shm"):
        side, kept = db_path.with_name(db_path.name + suffix), fresh.with_name(fresh.name + suffix)
        if kept.exists():
            os.replace(kept, side)
        else:
            side.unlink(missing_ok=True)
    os.replace(fresh, db_path)
    fsync_dir(db_path.parent)


def save_rescue_copy(store: Store, target: Path) -> Path:
    """After the database file was deleted or moved while open: write the data still held to `target`.

    Saved back at the original place, the store simply carries on with the new file.
    """
    anchor = store.anchor
    if anchor is None or store.path is None:
        raise StoreError(StoreErrorKind.REMOVED, translate("Backup", "The data of {where} can no longer be read.").format(
            where=store.location), hint=translate("Backup", "Restore the latest backup (File ▸ Restore…)."),
            path=store.location)
    with file_into_place(target, str(target)) as part:
        dst = sqlite3.connect(part, isolation_level=None)
        try:
            anchor.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    if target.resolve() == store.path.resolve():
        store.engine.dispose()
        store.watch_file()
    return target
