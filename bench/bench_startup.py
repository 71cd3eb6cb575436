"""Cold start to an interactive main window on the large fair, and idle memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.fair import large_fair
from bench.harness import Result, median

ROOT = Path(__file__).resolve().parent.parent


def _launch(db: Path, data: str, mode: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCOP_DESK_STARTUP_PROBE=mode, OCOP_DESK_DATA=data)
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--operator", "bench"],
                            stdout=subprocess.PIPE, text=True, env=env)


def run() -> list[Result]:
    db = large_fair()
    walls, inner = [], []
    with tempfile.TemporaryDirectory() as data:
        _launch(db, data, "quit").communicate(timeout=60)  # warm the OS file cache once
        for _ in range(7):
            t0 = time.perf_counter()
            proc = _launch(db, data, "quit")
            line = proc.stdout.readline() if proc.stdout else ""
            walls.append(time.perf_counter() - t0)
            inner.append(float(line.split()[1]))
            proc.wait(timeout=60)
        proc = _launch(db, data, "hold")
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(1.5)
        rss_kb = next(int(line.split()[1]) for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                      if line.startswith("VmRSS:"))
        proc.kill()
        proc.wait()
    return [
        Result("cold start to interactive window, large fair (median of 7)", median(walls), "s", 0.6,
               note=f"in-process {median(inner):.3f} s"),
        Result("idle memory with the large fair open (RSS)", rss_kb / 1024, "MB", 150),
    ]
