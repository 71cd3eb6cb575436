"""One window per database file: a sidecar `<database>.lock` held with an OS lock, naming its owner.

The OS lock (flock on POSIX, msvcrt.locking on Windows) is released by the kernel when the process dies,
so a lock left by a crash is simply free: the next start takes it over and reports whose it was. The
file's JSON content (host, process id, since when, operator) is only what we tell the second user. On a
file system without locking we fall back to the JSON: same host and a dead process id means stale.

The CLI does not take this lock: its commands are short units of work and SQLite serialises writers
safely. Only `ocop-desk restore`, which replaces the whole file, refuses while a window holds it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ocop_desk.core.errors import OcopError
from ocop_desk.core.formatting import fmt_datetime
from ocop_desk.core.i18n import translate

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

_WIN_LOCK_OFFSET = 1 << 30  # lock a byte far past the JSON so others can still read who holds it
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS}


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    since: dt.datetime  # UTC
    operator: str | None = None

    @classmethod
    def me(cls, operator: str | None = None) -> LockOwner:
        return cls(socket.gethostname(), os.getpid(), dt.datetime.now(dt.UTC).replace(microsecond=0), operator)

    def as_json(self) -> dict[str, object]:
        return {"host": self.host, "pid": self.pid, "since": self.since.isoformat(), "operator": self.operator}

    @classmethod
    def from_json(cls, text: str) -> LockOwner | None:
        try:
            data = json.loads(text)
            return cls(str(data["host"]), int(data["pid"]), dt.datetime.fromisoformat(data["since"]),
                       data.get("operator"))
        except (ValueError, KeyError, TypeError):
            return None

    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()

    def describe(self) -> str:
        local = fmt_datetime(self.since)
        text = translate("Lock", "OCOP Desk on {host} (process {pid}), open since {since}").format(
            host=self.host, pid=self.pid, since=local)
        if self.operator:
            text += translate("Lock", ", operator {name}").format(name=self.operator)
        return text


class LockHeld(OcopError):
    """Another OCOP Desk window has this database open."""

    def __init__(self, path: Path, owner: LockOwner | None) -> None:
        who = owner.describe() if owner else translate("Lock", "another OCOP Desk (owner unknown)")
        super().__init__(
            translate("Lock", "The database {where} is already open in {who}.").format(where=path, who=who),
            hint=translate("Lock", "Open it read-only to look things up, or close the other OCOP Desk first."),
        )
        self.path = path
        self.owner = owner


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class InstanceLock:
    """Held for the life of a window; `took_over` names the owner of a stale lock we replaced."""

    def __init__(self, path: Path, handle: IO[str], owner: LockOwner, took_over: LockOwner | None) -> None:
        self.path = path
        self._handle: IO[str] | None = handle
        self.owner = owner
        self.took_over = took_over

    @classmethod
    def acquire(cls, db_path: Path, *, operator: str | None = None, wait: float = 1.0) -> InstanceLock:
        """Take the lock or raise `LockHeld` naming who has it. Retries for `wait` seconds first."""
        path = lock_path(db_path)
        deadline = time.monotonic() + wait
        while True:
            handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while the lock is held
            try:
                locked = _try_lock(handle)
            except OSError as exc:
                if exc.errno not in _UNSUPPORTED:
                    handle.close()
                    raise
                locked = None  # no OS locking here: decide from the owner file alone
            if locked is not False and _same_file(handle, path):
                previous = _read_owner(handle)
                if locked is None and previous and _alive(previous):
                    handle.close()
                    raise LockHeld(db_path, previous)
                me = LockOwner.me(operator)
                _write_owner(handle, me)
                stale = previous if previous and (previous.host, previous.pid) != (me.host, me.pid) else None
                return cls(path, handle, me, stale)
            owner = _read_owner(handle)
            handle.close()
            if locked is False and time.monotonic() >= deadline:
                raise LockHeld(db_path, owner)
            time.sleep(0.05)

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            if sys.platform == "win32":  # pragma: no cover - an open file cannot be deleted there: just empty it
                handle.seek(0)
                handle.truncate()
            else:
                self.path.unlink()  # before unlocking, so a waiting process re-checks the path (see _same_file)
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def holder(db_path: Path) -> LockOwner | None:
    """Who holds the window lock on `db_path` right now (None when nobody does). Never takes it."""
    path = lock_path(db_path)
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115
    except OSError:
        return None
    with handle:
        owner = _read_owner(handle)
        if owner is None:
            return None
        try:
            free = _try_lock(handle, shared=True)
        except OSError:
            free = None
        if free:
            _unlock(handle)
            return None
        if free is None and not _alive(owner):
            return None
        return owner


def _alive(owner: LockOwner) -> bool:
    return not owner.on_this_host() or pid_alive(owner.pid)


def _try_lock(handle: IO[str], *, shared: bool = False) -> bool:
    if sys.platform == "win32":  # pragma: no cover
        handle.seek(_WIN_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":  # pragma: no cover
        handle.seek(_WIN_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _same_file(handle: IO[str], path: Path) -> bool:
    """The file we locked is still the one at `path` (its holder may have deleted it meanwhile)."""
    if sys.platform == "win32":  # pragma: no cover
        return True
    try:
        return os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _read_owner(handle: IO[str]) -> LockOwner | None:
    handle.seek(0)
    return LockOwner.from_json(handle.read(4096))


def _write_owner(handle: IO[str], owner: LockOwner) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(owner.as_json(), ensure_ascii=False))
    handle.flush()  # no fsync: the owner note only matters while we run, and a crash frees the OS lock
