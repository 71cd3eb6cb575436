"""OCOP Desk as a user or a packager installs it: a wheel built from the tracked files, in a clean venv.

`installed_app(workdir)` returns that venv's `ocop-desk` entry point. CI may build it once beforehand and
name it in OCOP_DESK_INSTALLED; otherwise it is built here (about half a minute with pip's cache warm).
Nothing of the checkout is on that venv's path, so a file the wheel lacks fails the tests that need it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIP = ("-m", "pip", "--disable-pip-version-check", "--no-input", "--quiet")


def clean_copy(target: Path) -> Path:
    """The files a clean clone holds (tracked, plus new files not yet committed and not ignored), not the
    checkout's .venv, build/ or caches."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def clean_env(**extra: str) -> dict[str, str]:
    """A user's environment: no virtualenv, no PYTHONPATH into the checkout, nothing of the test run."""
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS",
            "PIP_CONFIG_FILE", "HOME", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(extra)
    return env


def installed_app(workdir: Path) -> Path:
    given = os.environ.get("OCOP_DESK_INSTALLED")
    if given:
        return Path(given)
    source = clean_copy(workdir / "src")
    dist = workdir / "dist"
    subprocess.run([sys.executable, *PIP, "wheel", "--no-deps", "--wheel-dir", str(dist), str(source)],
                   check=True, env=clean_env(), cwd=workdir)
    (wheel,) = dist.glob("ocop_desk-*.whl")
    venv = workdir / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=clean_env())
    python = venv / "bin" / "python"
    subprocess.run([str(python), *PIP, "install", f"{wheel}[postgres]"], check=True, env=clean_env(), cwd=workdir)
    shutil.rmtree(source)
    return venv / "bin" / "ocop-desk"
