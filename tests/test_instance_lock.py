"""One window per database: the second is told who has it; a crashed owner's lock is taken over."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ocop_desk.store import instance_lock
from ocop_desk.store.instance_lock import InstanceLock, LockHeld, LockOwner, holder, lock_path

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys, time
from pathlib import Path
from ocop_desk.store.instance_lock import InstanceLock
lock = InstanceLock.acquire(Path(sys.argv[1]), operator="Trần Lan")
print("HELD", flush=True)
time.sleep(60)
"""


def start_holder(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.stdout is not None and proc.stdout.readline() == "HELD\n"
    return proc


def test_second_instance_is_told_who_has_it(tmp_path: Path) -> None:
    db = tmp_path / "fair.sqlite3"
    proc = start_holder(db)
    try:
        with pytest.raises(LockHeld) as err:
            InstanceLock.acquire(db, wait=0.1)
        owner = err.value.owner
        assert owner is not None and owner.pid == proc.pid and owner.host == socket.gethostname()
        assert owner.operator == "Trần Lan"
        assert abs((owner.since - dt.datetime.now(dt.UTC)).total_seconds()) < 60
        text = err.value.message
        assert str(db) in text and str(proc.pid) in text and socket.gethostname() in text and "Trần Lan" in text
        assert "read-only" in (err.value.hint or "")
        assert holder(db) == owner  # the CLI can ask without taking it
    finally:
        proc.kill()
        proc.communicate()


def test_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "fair.sqlite3"
    proc = start_holder(db)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert lock_path(db).exists()  # the crash left its file behind...
    assert holder(db) is None      # ...but nobody holds it
    with InstanceLock.acquire(db, operator="Hà") as lock:
        assert lock.took_over is not None and lock.took_over.pid == proc.pid
        assert json.loads(lock_path(db).read_text())["pid"] == os.getpid()
        with pytest.raises(LockHeld):  # and now it is ours: another opener is refused
            InstanceLock.acquire(db, wait=0.05)
    assert not lock_path(db).exists()  # a clean close leaves nothing behind
    with InstanceLock.acquire(db) as again:
        assert again.took_over is None


def test_without_os_locking_a_dead_pid_on_this_host_is_stale(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def unsupported(handle: object, *, shared: bool = False) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(instance_lock, "_try_lock", unsupported)
    db = tmp_path / "fair.sqlite3"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = LockOwner(socket.gethostname(), dead.pid, dt.datetime(2026, 10, 14, 1, tzinfo=dt.UTC), "Old")
    lock_path(db).write_text(json.dumps(stale.as_json()))
    with InstanceLock.acquire(db) as lock:
        assert lock.took_over == stale
    live = LockOwner(socket.gethostname(), os.getppid(), dt.datetime(2026, 10, 14, 1, tzinfo=dt.UTC), "Live")
    lock_path(db).write_text(json.dumps(live.as_json()))
    with pytest.raises(LockHeld) as err:
        InstanceLock.acquire(db, wait=0)
    assert err.value.owner == live
    other_host = LockOwner("another-laptop", 1, dt.datetime(2026, 10, 14, 1, tzinfo=dt.UTC))
    lock_path(db).write_text(json.dumps(other_host.as_json()))
    with pytest.raises(LockHeld):  # we cannot see another laptop's processes: assume it is alive
        InstanceLock.acquire(db, wait=0)


def test_garbage_lock_file_does_not_block(tmp_path: Path) -> None:
    db = tmp_path / "fair.sqlite3"
    lock_path(db).write_text("{not json")
    with InstanceLock.acquire(db) as lock:
        assert lock.took_over is None and lock.held
    assert not lock.held
