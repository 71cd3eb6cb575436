"""The self-contained bundle (packaging/build.sh): its size, unpacked and archived, with what dominates it,
and the cold start of the bundled window beside the venv's `main.py`, alternating in the same run.

Both start the same way (OCOP_DESK_STARTUP_PROBE=quit prints "ready" when the window is shown and the
event loop is first idle) on the large fair. Without a built bundle the figures are skipped, saying how
to build it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.fair import large_fair
from bench.harness import Result, median, rounds

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ocop-desk"
# The frozen app unpacks nothing at start (one-folder mode) and imports from one archive: it should start
# about as fast as the venv. 1.5× is the ceiling, kept as it is.
START_TARGET = 1.5


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def _largest_parts(folder: Path, count: int = 4) -> str:
    internal = folder / "_internal"
    parts: dict[str, int] = {}
    for f in internal.rglob("*"):
        if f.is_file() and not f.is_symlink():
            rel = f.relative_to(internal).parts
            key = "/".join(rel[:4]) if rel[0] == "PySide6" and len(rel) > 4 else rel[0]
            parts[key] = parts.get(key, 0) + f.stat().st_size
    top = sorted(parts.items(), key=lambda kv: -kv[1])[:count]
    return ", ".join(f"{name} {size / 2**20:.0f} MB" for name, size in top)


def _until_ready(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline() if proc.stdout else ""
    wall = time.perf_counter() - t0
    proc.wait(timeout=60)
    if not line.startswith("ready "):
        raise RuntimeError(f"{cmd[0]} did not report ready (exit {proc.returncode})")
    return wall


def run() -> list[Result]:
    exe = BUNDLE / "ocop-desk"
    if not exe.is_file():
        why = "no bundle: bash packaging/build.sh builds dist/ocop-desk"
        return [Result.skip("bundle size, unpacked", why), Result.skip("bundle size, archived", why),
                Result.skip("bundled window cold start ÷ venv main.py cold start", why)]
    archives = sorted((ROOT / "dist").glob("ocop-desk-*.tar.gz"))
    results = [Result("bundle size, unpacked (dist/ocop-desk)", _size(BUNDLE) / 2**20, "MB",
                      note=f"largest: {_largest_parts(BUNDLE)}")]
    if archives:
        results.append(Result(f"bundle size, archived ({archives[-1].name})", archives[-1].stat().st_size / 2**20,
                              "MB"))
    db = large_fair()
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OCOP_DESK_STARTUP_PROBE="quit", OCOP_DESK_DATA=data)
        venv_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--operator", "bench"]
        bundle_env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
        bundle_cmd = [str(exe), "--db", str(db), "--operator", "bench"]
        _until_ready(venv_cmd, env)  # warm the OS file cache for both
        _until_ready(bundle_cmd, bundle_env)
        venv, bundled = [], []
        for _ in range(rounds(7, 3)):  # alternating, so both see the same machine load
            venv.append(_until_ready(venv_cmd, env))
            bundled.append(_until_ready(bundle_cmd, bundle_env))
    results.append(Result.ratio("bundled window launch → shown and idle ÷ venv main.py, large fair",
                                median(bundled), median(venv), "s", START_TARGET, "venv",
                                note=f"medians of {len(venv)}"))
    return results
