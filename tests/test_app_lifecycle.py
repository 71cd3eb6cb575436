"""The real start-up and shutdown of the window: lock taken and given back, a backup made on close."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ocop_desk.store import backup
from ocop_desk.store.instance_lock import lock_path

ROOT = Path(__file__).resolve().parent.parent


def test_window_start_and_close_takes_the_lock_and_backs_up(demo_db_path: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, OCOP_DESK_DATA=str(data), OCOP_DESK_OPERATOR="Hà", OCOP_DESK_STARTUP_PROBE="quit",
               QT_QPA_PLATFORM="offscreen")
    # a crashed earlier session left its lock file behind: it must not stop this start
    lock_path(demo_db_path).write_text('{"host": "x", "pid": 1, "since": "2026-10-14T01:00:00+00:00"}')
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_db_path), "--lang", "en"],
                            capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready")
    assert not lock_path(demo_db_path).exists()  # given back on a clean close
    os.environ["OCOP_DESK_DATA"], saved = str(data), os.environ["OCOP_DESK_DATA"]
    try:
        assert [b.reason for b in backup.list_backups(demo_db_path)] == ["close"]
    finally:
        os.environ["OCOP_DESK_DATA"] = saved
