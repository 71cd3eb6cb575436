"""The one way a live SQLite database file is copied: backups, File ▸ Save a copy… and the copy kept
before a migration all go through `online_copy`.

SQLite's backup API reads one snapshot (WAL mode: check-ins keep committing while it runs, and the copy
never restarts), in steps. The copy is written to `<target>.part`, flushed to disk, renamed into place
and its folder flushed, so a copy is either whole or absent, even after a power cut.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ocop_desk.core.errors import StoreError, StoreErrorKind
from ocop_desk.core.i18n import translate
from ocop_desk.store.classify import SQLITE_BUSY, SQLITE_LOCKED, classify, sqlite_error

BUSY_TIMEOUT_MS = 5000  # how long any connection waits for another writer before "database is locked"
STEP_PAGES = 1024  # 4 MB per step with 4 KB pages, each flushed to disk on its own...
STEP_PAUSE = 0.002  # ...then a breath, so a check-in's commit never queues behind the whole copy
FLUSH_STEPS = True

Progress = Callable[[int, int], None]


def online_copy(source: Path, target: Path, *, pages: int = STEP_PAGES, pause: float = STEP_PAUSE,
                progress: Progress | None = None) -> None:
    """Copy `source` to `target` through the backup API, from one read snapshot, in steps of `pages`;
    `target` is durable when this returns. Failures are told as a StoreError; `target` is then untouched."""
    with file_into_place(target, str(source)) as part:
        part.unlink(missing_ok=True)
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True,
                              timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        try:
            # Hold one read transaction: in WAL mode writers carry on, and the copy never has to restart.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dst = sqlite3.connect(part, isolation_level=None)
            try:
                dst.execute("PRAGMA journal_mode = OFF")  # a scratch file until renamed: no journal needed
                dst.execute("PRAGMA synchronous = OFF")   # we flush it ourselves, step by step
                dst.execute("PRAGMA cache_size = -2048")  # small cache: pages reach the file as we go
                _copy_in_steps(src, dst, part, pages, pause, progress)
                dst.execute("PRAGMA journal_mode = DELETE")  # a standalone file: nothing beside it
            finally:
                dst.close()
        finally:
            src.close()


def _copy_in_steps(src: sqlite3.Connection, dst: sqlite3.Connection, part: Path, pages: int, pause: float,
                   progress: Progress | None) -> None:
    flush = os.open(part, os.O_RDONLY)
    busy = give_up_when_busy()

    def step(status: int, remaining: int, total: int) -> None:
        busy(status, remaining, total)
        # Flushing each step's few MB spreads the disk writes out, so a check-in's own commit never
        # waits behind one big flush of the whole copy.
        if FLUSH_STEPS:
            os.fsync(flush)
        if progress is not None:
            progress(total - remaining, total)
        if pause:
            time.sleep(pause)

    try:
        src.backup(dst, pages=pages, progress=step, sleep=0.05)
    finally:
        os.close(flush)


@contextmanager
def file_into_place(target: Path, where: str) -> Iterator[Path]:
    """Write a database file as `target`.part, then flush it and move it into place. On any failure the
    .part is removed, `target` is left as it was, and the error is told as a StoreError."""
    part = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        yield part
        fsync_file(part)
        os.replace(part, target)
        fsync_dir(target.parent)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        known = classify(exc, where)
        if known is None:
            raise
        raise known from exc
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise os_store_error(exc, target.parent) from exc


def give_up_when_busy(limit: float | None = None) -> Callable[[int, int, int], None]:
    """Python's backup() retries a busy database forever; like any other write, we give up after the
    busy timeout with SQLite's own SQLITE_BUSY (which `classify` turns into a clear message)."""
    limit = BUSY_TIMEOUT_MS / 1000 if limit is None else limit
    since: list[float] = []

    def check(status: int, _remaining: int, _total: int) -> None:
        if status not in (SQLITE_BUSY, SQLITE_LOCKED):
            since.clear()
        elif not since:
            since.append(time.monotonic())
        elif time.monotonic() - since[0] > limit:
            raise sqlite_error("database is locked", SQLITE_BUSY)

    return check


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """A rename is durable once its folder is flushed (POSIX); Windows has no such call and needs none."""
    if os.name == "nt":
        return
    fsync_file(path)


def os_store_error(exc: OSError, where: Path) -> StoreError:
    """A copy that could not be written, by the OS error's number."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(StoreErrorKind.DISK_FULL, translate(
            "Backup", "The disk holding the backups ({where}) is full.").format(where=where), hint=translate(
            "Backup", "Nothing stored was lost. Free some space, then back up again."), path=str(where))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError(StoreErrorKind.READ_ONLY, translate(
            "Backup", "The backup folder {where} cannot be written.").format(where=where), hint=translate(
            "Backup", "Nothing stored was lost. Give yourself write access to that folder, or set "
                      "OCOP_DESK_DATA to a folder you can write to."), path=str(where))
    return StoreError(StoreErrorKind.IO, translate("Backup", "Could not write the backup into {where}: {reason}").format(
        where=where, reason=exc.strerror or exc), hint=translate(
        "Backup", "Nothing stored was lost. Check the drive and try again."), path=str(where))
